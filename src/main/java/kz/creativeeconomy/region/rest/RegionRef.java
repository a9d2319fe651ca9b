package kz.creativeeconomy.region.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.region.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionRef", description = "A short reference to a region.")
public record RegionRef(
        @Schema(description = "KATO code (9 digits), KZ for the Republic, WLD for the world.", examples = "630000000") String code,
        @Schema(examples = "east-kazakhstan") String slug,
        @Schema(description = "Name in the requested language (see name_language).", examples = "East Kazakhstan region") String name,
        @Schema(description = "Language of name: the requested one, or en when no translation exists.", examples = "en") String nameLanguage,
        @Schema(enumeration = {"world", "country", "city_of_republican_significance", "region", "district", "city"}, examples = "region") String level) {

    public static RegionRef of(Region region, Language language) {
        if (region == null) {
            return null;
        }
        Language.Localized name = language.pick(region.nameEn, region.nameRu, region.nameKk);
        return new RegionRef(region.code, region.slug, name.text(), name.language().name(), region.level);
    }
}
