package kz.creativeeconomy.region.rest;

import java.time.LocalDate;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.region.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region")
public record RegionDto(
        @Schema(examples = "630000000") String code,
        @Schema(examples = "east-kazakhstan") String slug,
        @Schema(examples = "East Kazakhstan region") String name,
        @Schema(examples = "en") String nameLanguage,
        Names names,
        @Schema(enumeration = {"world", "country", "city_of_republican_significance", "region", "district", "city"}) String level,
        @Schema(nullable = true) RegionRef parent,
        @Schema(nullable = true, examples = "2022-06-08") LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(description = "Doubts about the code or the name, and where they come from.", nullable = true) String note) {

    public static RegionDto of(Region region, Language language) {
        Language.Localized name = region.name(language);
        return new RegionDto(region.code, region.slug, name.text(), name.language().name(),
                new Names(region.nameEn, region.nameRu, region.nameKk), region.level,
                RegionRef.of(region.parent, language), region.validFrom, region.validTo, region.note);
    }
}
