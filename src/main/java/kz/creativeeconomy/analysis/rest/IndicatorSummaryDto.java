package kz.creativeeconomy.analysis.rest;

import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.indicator.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorSummary", description = "The indicator a derived figure is computed from: what its values mean and how they are published.")
public record IndicatorSummaryDto(
        @Schema(examples = "creative-gva") String code,
        @Schema(description = "Name in the requested language.", examples = "Gross value added of creative industries") String name,
        @Schema(examples = "en") String nameLanguage,
        @Schema(description = "Unit of measure of the values.", examples = "KZT") String unit,
        @Schema(description = "Power of ten the values are expressed in: 6 means millions.", examples = "6") int unitMultiplier,
        @Schema(description = "Decimals the source publishes. Percents derived from the values get one more.", examples = "1") int decimals,
        @Schema(description = "Whether values of regions add up to the national total.") boolean additive,
        @Schema(nullable = true, description = "For derived indicators, how they are computed from others.",
                examples = "creative-gva / gross-product * 100") String formula) {

    public static IndicatorSummaryDto of(Indicator indicator, Language language) {
        Language.Localized name = indicator.name(language);
        return new IndicatorSummaryDto(indicator.code, name.text(), name.language().name(), indicator.unit, indicator.unitMultiplier,
                indicator.decimals, indicator.additive, indicator.formula);
    }
}
