package kz.creativeeconomy.culture.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.rest.Names;
import kz.creativeeconomy.region.rest.RegionRef;
import kz.creativeeconomy.source.rest.SourceRefs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CulturalOrganisation", description = "A cultural organisation, government body, council or university named by the paper.")
public record CulturalOrganisationDto(
        @Schema(description = "Stable kebab-case id.", examples = "ertis-concert") String id,
        @Schema(description = "Name in the requested language (see name_language).", examples = "Ertis Concert") String name,
        @Schema(description = "Language of name: the requested one, or en when no translation exists.", examples = "en") String nameLanguage,
        Names names,
        @Schema(description = "Kind of organisation; the values in use are accepted by the type filter.", examples = "concert_organisation") String type,
        @Schema(description = "Where it works, as precisely as the paper places it.") RegionRef region,
        @Schema(nullable = true, description = "The organisation it belongs to.") CulturalOrganisationRef parent,
        @Schema(nullable = true, description = "What the paper says about it, in the requested language or in English (see description_language).")
        String description,
        @Schema(nullable = true, description = "Language of description; null when there is no description.", examples = "en") String descriptionLanguage,
        ObservationDto.SourceRef source) {

    public static CulturalOrganisationDto of(CulturalOrganisation o, Language language) {
        Language.Localized name = o.name(language);
        Language.Localized description = language.pick(o.descriptionEn, o.descriptionRu, o.descriptionKk);
        return new CulturalOrganisationDto(o.id, name.text(), name.language().name(), new Names(o.nameEn, o.nameRu, o.nameKk), o.type,
                RegionRef.of(o.region, language), CulturalOrganisationRef.of(o.parent, language),
                description.text(), description.text() == null ? null : description.language().name(),
                SourceRefs.of(o.source));
    }
}
