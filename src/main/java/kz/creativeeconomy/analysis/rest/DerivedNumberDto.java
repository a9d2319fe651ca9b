package kz.creativeeconomy.analysis.rest;

import java.math.BigDecimal;
import kz.creativeeconomy.analysis.DerivedValue;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.MessageTemplates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DerivedNumber", description = "A number computed by this API from stored values, never copied from a publication. "
        + "Arithmetic is exact decimal; divisions and roots carry 34 significant digits (decimal128, HALF_EVEN) and the result is "
        + "rounded once, as rounding says. When it cannot be computed, value and computation are null and reason says why.")
public record DerivedNumberDto(
        @Schema(nullable = true, description = "The rounded result; null when it cannot be computed.", examples = "7.78") BigDecimal value,
        @Schema(description = "The formula, with v[t] the value of period t.", examples = "(v[t] - v[t-1]) / v[t-1] * 100") String formula,
        @Schema(nullable = true, description = "The formula with the stored values put in, to check by hand.",
                examples = "(20057.8 - 18610) / 18610 * 100") String computation,
        @Schema(description = "Rounding mode and decimals of value.", examples = "HALF_EVEN to 2 decimals") String rounding,
        @Schema(nullable = true, description = "Why value is null; null when it is not.",
                examples = "no value for the same period one year earlier (starting 2017-01-01)") String reason) {

    /** The words of formulas, roundings and reasons in Kazakh and Russian (messages/derived_*.properties). */
    private static final MessageTemplates TEXTS = MessageTemplates.load("derived");

    public static DerivedNumberDto of(DerivedValue value) {
        return of(value, Language.en);
    }

    /** The number with its formula's words, rounding and reason in the reader's language; the arithmetic stays as written. */
    public static DerivedNumberDto of(DerivedValue value, Language language) {
        if (value == null) {
            return null;
        }
        if (language == Language.en) {
            return new DerivedNumberDto(value.value(), value.formula(), value.computation(), value.rounding(), value.reason());
        }
        return new DerivedNumberDto(value.value(), TEXTS.text(value.formula(), "formula.", language), value.computation(),
                TEXTS.text(value.rounding(), "rounding.", language), TEXTS.text(value.reason(), "reason.", language));
    }
}
