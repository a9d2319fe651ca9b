package kz.creativeeconomy.culture.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.culture.CulturalOrganisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CulturalOrganisationRef", description = "A short reference to a cultural organisation; /v1/cultural-organisations/{id} has the whole record.")
public record CulturalOrganisationRef(
        @Schema(examples = "ertis-concert") String id,
        @Schema(description = "Name in the requested language (see name_language).", examples = "Ertis Concert") String name,
        @Schema(description = "Language of name: the requested one, or en when no translation exists.", examples = "en") String nameLanguage) {

    public static CulturalOrganisationRef of(CulturalOrganisation organisation, Language language) {
        if (organisation == null) {
            return null;
        }
        Language.Localized name = language.pick(organisation.nameEn, organisation.nameRu, organisation.nameKk);
        return new CulturalOrganisationRef(organisation.id, name.text(), name.language().name());
    }
}
