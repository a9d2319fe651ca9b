package kz.creativeeconomy.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.http.formats.NotInCsv;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.region.rest.Names;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "What is measured, in which unit and with how many decimals.")
public record IndicatorDto(
        @Schema(description = "Stable kebab-case code.", examples = "creative-gva") String code,
        @Schema(description = "Name in the requested language.", examples = "Gross value added of creative industries") String name,
        @Schema(examples = "en") String nameLanguage,
        Names names,
        @Schema(description = "What the indicator measures: the project's text, in the requested language.") String definition,
        @JsonInclude(JsonInclude.Include.NON_NULL) @NotInCsv
        @Schema(description = "Language of definition: the requested one, or en where it has no translation yet. Sent with lang=kk "
                + "or lang=ru only (in English every text is English).", enumeration = {"en", "ru", "kk"}, examples = "kk")
        String definitionLanguage,
        @Schema(examples = "creative-economy") String topic,
        @Schema(description = "Unit of measure.", examples = "KZT") String unit,
        @Schema(description = "Power of ten the values are expressed in: 6 means millions.", examples = "6") int unitMultiplier,
        @Schema(description = "Decimals the source publishes.", examples = "1") int decimals,
        @Schema(description = "For derived indicators, how they are computed from others.", nullable = true,
                examples = "creative-gva / gross-product * 100") String formula,
        @Schema(description = "Whether values of regions add up to the national total.") boolean additive,
        @Schema(description = "Where the Russian and Kazakh names come from.", nullable = true) String nameSource) {

    public static IndicatorDto of(Indicator i, Language language) {
        Language.Localized name = i.name(language);
        Language.Localized definition = language.pick(i.definitionEn, i.definitionRu, i.definitionKk);
        return new IndicatorDto(i.code, name.text(), name.language().name(), new Names(i.nameEn, i.nameRu, i.nameKk),
                definition.text(), language == Language.en ? null : definition.language().name(), i.topic, i.unit, i.unitMultiplier, i.decimals, i.formula, i.additive, i.nameSource);
    }
}
