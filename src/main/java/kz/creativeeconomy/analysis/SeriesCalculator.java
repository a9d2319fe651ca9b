package kz.creativeeconomy.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Year-on-year changes, an index and the compound annual growth rate of one series. Pure arithmetic on the points it
 * is given, so it is tested without a database.
 *
 * <p>Rounding: an absolute change keeps the indicator's published decimals (a difference of two published values
 * needs no more); percents, indices and growth rates get one decimal more than the indicator publishes, so that a
 * change between two values that differ in their last published digit still shows.
 */
public final class SeriesCalculator {

    public static final String CHANGE = "v[t] - v[t-1]";
    public static final String PERCENT_CHANGE = "(v[t] - v[t-1]) / v[t-1] * 100";
    public static final String INDEX = "v[t] / v[base] * 100";
    public static final String CAGR = "((v[last] / v[first]) ^ (1 / years) - 1) * 100";
    public static final String TOTAL_CHANGE = "v[last] - v[first]";
    public static final String TOTAL_CHANGE_PERCENT = "(v[last] - v[first]) / v[first] * 100";

    /** The change over the whole range, first point to last, absolute and in percent. */
    public record TotalChange(DerivedValue change, DerivedValue percent) {
    }

    /** One value of the series: its period (start and end dates) and status. */
    public record Point(String periodCode, LocalDate start, LocalDate end, BigDecimal value, String status) {
    }

    /** What is derived for one point; previous is the point one year earlier, when there is one. */
    public record Derivations(Point previous, DerivedValue change, DerivedValue percentChange, DerivedValue index) {
    }

    private SeriesCalculator() {
    }

    /** Decimals of percents, indices and growth rates for an indicator published with the given decimals. */
    public static int percentDecimals(int indicatorDecimals) {
        return indicatorDecimals + 1;
    }

    /**
     * Derivations for each of points. The year-earlier point is looked up in context (points plus any earlier ones),
     * so the first point of a range can be compared with the year before the range. t-1 is the period of the same
     * frequency and length that starts exactly one year before t, never merely the preceding point.
     */
    public static List<Derivations> derive(List<Point> points, List<Point> context, Point base, int decimals) {
        Map<String, Point> byPeriod = new HashMap<>();
        for (Point point : context) {
            byPeriod.put(key(point.start(), point.end().plusDays(1)), point);
        }
        int percentDecimals = percentDecimals(decimals);
        List<Derivations> derived = new ArrayList<>(points.size());
        for (Point point : points) {
            LocalDate previousStart = point.start().minusYears(1);
            Point previous = byPeriod.get(key(previousStart, point.end().plusDays(1).minusYears(1)));
            DerivedValue change;
            DerivedValue percent;
            if (previous == null) {
                String reason = "no value for the same period one year earlier (starting " + previousStart + ")";
                change = DerivedValue.unavailable(CHANGE, decimals, reason);
                percent = DerivedValue.unavailable(PERCENT_CHANGE, percentDecimals, reason);
            } else if ("break".equals(point.status())) {
                String reason = "the value of " + point.periodCode() + " is marked 'break' (a break in the series) and is not comparable with "
                        + previous.periodCode();
                change = DerivedValue.unavailable(CHANGE, decimals, reason);
                percent = DerivedValue.unavailable(PERCENT_CHANGE, percentDecimals, reason);
            } else {
                BigDecimal difference = point.value().subtract(previous.value());
                String v = DecimalMath.text(point.value());
                String p = DecimalMath.text(previous.value());
                change = DerivedValue.of(difference, decimals, CHANGE, v + " - " + p);
                percent = previous.value().signum() > 0
                        ? DerivedValue.of(DecimalMath.divide(difference, previous.value()).multiply(DecimalMath.HUNDRED), percentDecimals,
                                PERCENT_CHANGE, "(" + v + " - " + p + ") / " + p + " * 100")
                        : DerivedValue.unavailable(PERCENT_CHANGE, percentDecimals,
                                "the value one year earlier (" + p + " in " + previous.periodCode() + ") is not positive, so a percent change against it has no meaning");
            }
            derived.add(new Derivations(previous, change, percent, index(point, base, percentDecimals)));
        }
        return derived;
    }

    private static DerivedValue index(Point point, Point base, int decimals) {
        if (base == null) {
            return DerivedValue.unavailable(INDEX, decimals, "the series has no base point");
        }
        if (base.value().signum() <= 0) {
            return DerivedValue.unavailable(INDEX, decimals,
                    "the base value (" + DecimalMath.text(base.value()) + " in " + base.periodCode() + ") is not positive");
        }
        return DerivedValue.of(DecimalMath.divide(point.value(), base.value()).multiply(DecimalMath.HUNDRED), decimals, INDEX,
                DecimalMath.text(point.value()) + " / " + DecimalMath.text(base.value()) + " * 100");
    }

    /**
     * Compound annual growth rate from the first to the last point, years = difference of the years in which the two
     * periods start.
     */
    public static DerivedValue cagr(List<Point> points, int indicatorDecimals) {
        int decimals = percentDecimals(indicatorDecimals);
        String formula = CAGR + ", years = year(start of last period) - year(start of first period)";
        if (points.size() < 2) {
            return DerivedValue.unavailable(formula, decimals, "a growth rate needs at least two points; the series has " + points.size());
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        int years = last.start().getYear() - first.start().getYear();
        if (years < 1) {
            return DerivedValue.unavailable(formula, decimals,
                    "the first and last points (" + first.periodCode() + ", " + last.periodCode() + ") start in the same year");
        }
        if (first.value().signum() <= 0 || last.value().signum() <= 0) {
            return DerivedValue.unavailable(formula, decimals, "a growth rate needs positive first and last values ("
                    + DecimalMath.text(first.value()) + " in " + first.periodCode() + ", " + DecimalMath.text(last.value()) + " in " + last.periodCode() + ")");
        }
        BigDecimal growthFactor = DecimalMath.nthRoot(DecimalMath.divide(last.value(), first.value()), years);
        return DerivedValue.of(growthFactor.subtract(BigDecimal.ONE).multiply(DecimalMath.HUNDRED), decimals, formula,
                "((" + DecimalMath.text(last.value()) + " / " + DecimalMath.text(first.value()) + ") ^ (1 / " + years + ") - 1) * 100");
    }

    /**
     * The change from the first point to the last, the figure a journalist quotes ("+102.21% from 2018 to 2023"). Not
     * computed across a break in the series: the values on either side of it are not comparable.
     */
    public static TotalChange totalChange(List<Point> points, int indicatorDecimals) {
        int percentDecimals = percentDecimals(indicatorDecimals);
        String reason = null;
        if (points.size() < 2) {
            reason = "a change over the range needs at least two points; the series has " + points.size();
        } else {
            for (Point point : points.subList(1, points.size())) {
                if ("break".equals(point.status())) {
                    reason = "the value of " + point.periodCode() + " is marked 'break' (a break in the series), so the first and last values are not comparable";
                    break;
                }
            }
        }
        if (reason != null) {
            return new TotalChange(DerivedValue.unavailable(TOTAL_CHANGE, indicatorDecimals, reason),
                    DerivedValue.unavailable(TOTAL_CHANGE_PERCENT, percentDecimals, reason));
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        String f = DecimalMath.text(first.value());
        String l = DecimalMath.text(last.value());
        BigDecimal difference = last.value().subtract(first.value());
        DerivedValue change = DerivedValue.of(difference, indicatorDecimals, TOTAL_CHANGE, l + " - " + f);
        DerivedValue percent = first.value().signum() > 0
                ? DerivedValue.of(DecimalMath.divide(difference, first.value()).multiply(DecimalMath.HUNDRED), percentDecimals,
                        TOTAL_CHANGE_PERCENT, "(" + l + " - " + f + ") / " + f + " * 100")
                : DerivedValue.unavailable(TOTAL_CHANGE_PERCENT, percentDecimals,
                        "the first value (" + f + " in " + first.periodCode() + ") is not positive, so a percent change against it has no meaning");
        return new TotalChange(change, percent);
    }

    /** A period by its start and its exclusive end, so that month ends (28 or 29 February) line up a year apart. */
    private static String key(LocalDate start, LocalDate exclusiveEnd) {
        return start + "/" + exclusiveEnd;
    }
}
