package kz.creativeeconomy.analysis;

import java.math.BigDecimal;

/**
 * A number computed from stored values, with what it takes to check it by hand: the formula, the formula with the
 * values put in, and how the result was rounded. When the number cannot be computed, value and computation are null
 * and reason says why.
 */
public record DerivedValue(BigDecimal value, String formula, String computation, String rounding, String reason) {

    public static DerivedValue of(BigDecimal exact, int decimals, String formula, String computation) {
        return new DerivedValue(DecimalMath.round(exact, decimals), formula, computation, DecimalMath.rounding(decimals), null);
    }

    public static DerivedValue unavailable(String formula, int decimals, String reason) {
        return new DerivedValue(null, formula, null, DecimalMath.rounding(decimals), reason);
    }
}
