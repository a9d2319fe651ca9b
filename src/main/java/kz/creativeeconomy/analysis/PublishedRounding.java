package kz.creativeeconomy.analysis;

import java.math.BigDecimal;

/**
 * Whether a published figure agrees with an exact recomputation, given how many decimals it was published with. A
 * value printed with d decimals stands for every number within half a unit of its last digit, so it is consistent
 * when |published - exact| <= 0.5 * 10^-d, and flagged when the difference goes beyond that.
 */
public record PublishedRounding(int decimals, BigDecimal tolerance) {

    /** Decimals shown for the difference: three more than published, enough to see how near the limit it is. */
    public static final int EXTRA_DIFFERENCE_DECIMALS = 3;
    public static final String DIFFERENCE = "published - exact";
    public static final String STATED_DIFFERENCE = "stated - exact";

    /** The rounding a published value carries: its printed decimals ("1.0" has one, "1" none). */
    public static PublishedRounding of(BigDecimal published) {
        int decimals = Math.max(published.scale(), 0);
        return new PublishedRounding(decimals, new BigDecimal("0.5").movePointLeft(decimals));
    }

    public boolean agrees(BigDecimal published, BigDecimal exact) {
        return published.subtract(exact).abs().compareTo(tolerance) <= 0;
    }

    /** published - exact, rounded for display; the verdict itself uses the unrounded difference. */
    public DerivedValue difference(BigDecimal published, BigDecimal exact, String exactComputation) {
        return difference(DIFFERENCE, published, exact, exactComputation);
    }

    /** The same, under another name for the published figure (a figure stated in a text). */
    public DerivedValue difference(String formula, BigDecimal published, BigDecimal exact, String exactComputation) {
        return DerivedValue.of(published.subtract(exact), differenceDecimals(), formula, DecimalMath.text(published) + " - (" + exactComputation + ")");
    }

    public int differenceDecimals() {
        return decimals + EXTRA_DIFFERENCE_DECIMALS;
    }
}
