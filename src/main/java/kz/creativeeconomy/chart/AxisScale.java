package kz.creativeeconomy.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis: from zero (or the lowest value when it is negative) to the highest value, in steps of 1, 2 or 5
 * times a power of ten. The ticks are exact decimals, so a label never shows a binary rounding artefact; they are
 * axis marks, not data, and no value is drawn between them that was not published.
 */
record AxisScale(BigDecimal min, BigDecimal max, List<BigDecimal> ticks) {

    private static final int STEPS = 5;

    static AxisScale of(List<BigDecimal> values) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            low = low.min(value);
            high = high.max(value);
        }
        if (low.compareTo(high) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        BigDecimal step = niceStep(high.subtract(low).divide(BigDecimal.valueOf(STEPS), 12, RoundingMode.HALF_EVEN));
        BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal last = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = first; tick.compareTo(last) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros().scale() < 0 ? tick.setScale(0, RoundingMode.UNNECESSARY) : tick.stripTrailingZeros());
        }
        return new AxisScale(first, last, ticks);
    }

    /** The smallest of 1, 2, 5 x 10^k not below the raw step. */
    static BigDecimal niceStep(BigDecimal raw) {
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(factor));
            if (candidate.compareTo(raw) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    /** Where a value lies between min (0) and max (1). */
    double fraction(BigDecimal value) {
        return value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    }
}
