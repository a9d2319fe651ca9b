package kz.creativeeconomy.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of every derived figure. Values are exact decimals; divisions and roots are carried to 34
 * significant digits (IEEE 754 decimal128, HALF_EVEN) and the result is rounded once, at the end, HALF_EVEN to the
 * decimals stated next to it. A double never takes part: 0.1 has no binary form, and a published figure must be
 * reproducible digit for digit.
 */
public final class DecimalMath {

    /** Precision of intermediate results. */
    public static final MathContext WORKING = MathContext.DECIMAL128;
    /** How final results are rounded: to the nearest, ties to the even neighbour (the IEEE 754 and ISO 80000-1 default). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecimalMath() {
    }

    /** The exact value rounded to a number of decimals. */
    public static BigDecimal round(BigDecimal exact, int decimals) {
        return exact.setScale(decimals, ROUNDING);
    }

    /** "HALF_EVEN to 2 decimals": how {@link #round} rounded, for the API to print next to the number. */
    public static String rounding(int decimals) {
        return ROUNDING.name() + " to " + decimals + (decimals == 1 ? " decimal" : " decimals");
    }

    /** a / b to the working precision. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, WORKING);
    }

    /**
     * The positive n-th root of a positive number to the working precision, by Newton's iteration
     * x' = ((n - 1) x + a / x^(n-1)) / n. Started above the root, the iteration falls monotonically towards it, so it
     * stops as soon as a step no longer decreases x.
     */
    public static BigDecimal nthRoot(BigDecimal a, int n) {
        if (a.signum() <= 0) {
            throw new ArithmeticException("the root of a non-positive number is not taken here: " + a);
        }
        if (n < 1) {
            throw new ArithmeticException("root of order " + n);
        }
        if (n == 1) {
            return a.round(WORKING);
        }
        MathContext inner = new MathContext(WORKING.getPrecision() + 10, ROUNDING);
        BigDecimal order = BigDecimal.valueOf(n);
        BigDecimal orderLess1 = BigDecimal.valueOf(n - 1L);
        // 10^ceil(integer digits / n) is at or above the root: a < 10^digits, so a^(1/n) < 10^(digits/n).
        int integerDigits = a.precision() - a.scale();
        int exponent = integerDigits <= 0 ? 0 : (integerDigits + n - 1) / n;
        BigDecimal x = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int step = 0; step < 100_000; step++) {
            BigDecimal next = orderLess1.multiply(x, inner).add(a.divide(x.pow(n - 1, inner), inner), inner).divide(order, inner);
            if (next.compareTo(x) >= 0) {
                break;
            }
            x = next;
        }
        return x.round(WORKING);
    }

    /** The text of a value as it is computed with: plain notation, never an exponent. */
    public static String text(BigDecimal value) {
        return value.toPlainString();
    }
}
