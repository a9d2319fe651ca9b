package kz.creativeeconomy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Year-on-year changes, index and growth rate on synthetic series, for the cases the seed data do not have. */
class SeriesCalculatorTest {

    private static SeriesCalculator.Point year(int year, String value) {
        return year(year, value, "final");
    }

    private static SeriesCalculator.Point year(int year, String value, String status) {
        return new SeriesCalculator.Point(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new BigDecimal(value), status);
    }

    private static SeriesCalculator.Point month(String code, String value) {
        YearMonth month = YearMonth.parse(code);
        return new SeriesCalculator.Point(code, month.atDay(1), month.atEndOfMonth(), new BigDecimal(value), "final");
    }

    private static SeriesCalculator.Point span(String first, String last, String value) {
        return new SeriesCalculator.Point(first + "/" + last, YearMonth.parse(first).atDay(1), YearMonth.parse(last).atEndOfMonth(),
                new BigDecimal(value), "final");
    }

    private static List<SeriesCalculator.Derivations> derive(List<SeriesCalculator.Point> points) {
        return SeriesCalculator.derive(points, points, points.get(0), 1);
    }

    @Test
    void aGapYearLeavesTheChangeEmptyInsteadOfComparingWithAnOlderPoint() {
        List<SeriesCalculator.Derivations> derived = derive(List.of(year(2018, "100.0"), year(2020, "150.0")));
        assertNull(derived.get(1).previous());
        assertNull(derived.get(1).change().value());
        assertNull(derived.get(1).percentChange().value());
        assertEquals("no value for the same period one year earlier (starting 2019-01-01)", derived.get(1).percentChange().reason());
        // The index does not need the year before.
        assertEquals(new BigDecimal("150.00"), derived.get(1).index().value());
    }

    @Test
    void aMonthIsComparedWithTheSameMonthAYearEarlierAcrossALeapDay() {
        List<SeriesCalculator.Point> points = List.of(month("2023-02", "10.0"), month("2024-01", "11.0"), month("2024-02", "12.0"), month("2025-02", "15.0"));
        List<SeriesCalculator.Derivations> derived = derive(points);
        assertEquals("2023-02", derived.get(2).previous().periodCode());
        assertEquals(new BigDecimal("2.0"), derived.get(2).change().value());
        assertEquals("2024-02", derived.get(3).previous().periodCode());
        assertEquals(new BigDecimal("25.00"), derived.get(3).percentChange().value()); // (15 - 12) / 12 * 100
    }

    @Test
    void aCumulativeSpanIsComparedWithTheSpanOfTheSameMonthsOnly() {
        List<SeriesCalculator.Point> points = List.of(span("2023-01", "2023-12", "80"), span("2023-01", "2023-09", "50"),
                span("2024-01", "2024-09", "60"));
        List<SeriesCalculator.Derivations> derived = derive(points);
        assertEquals("2023-01/2023-09", derived.get(2).previous().periodCode());
        assertEquals(new BigDecimal("20.00"), derived.get(2).percentChange().value()); // (60 - 50) / 50 * 100
    }

    @Test
    void aBreakInTheSeriesIsNotComparedWithTheYearBefore() {
        List<SeriesCalculator.Derivations> derived = derive(List.of(year(2020, "10"), year(2021, "30", "break")));
        assertNull(derived.get(1).change().value());
        assertTrue(derived.get(1).change().reason().contains("break"), derived.get(1).change().reason());
    }

    @Test
    void aPercentChangeAgainstANonPositiveValueIsNotComputedButTheAbsoluteChangeIs() {
        List<SeriesCalculator.Derivations> derived = derive(List.of(year(2023, "-3382"), year(2024, "-1000")));
        assertEquals(new BigDecimal("2382.0"), derived.get(1).change().value());
        assertNull(derived.get(1).percentChange().value());
        assertTrue(derived.get(1).percentChange().reason().contains("not positive"), derived.get(1).percentChange().reason());
        assertNull(derived.get(1).index().value(), "a negative base gives no index");
    }

    @Test
    void growthRateNeedsTwoPointsInDifferentYearsWithPositiveValues() {
        assertTrue(SeriesCalculator.cagr(List.of(year(2020, "5")), 1).reason().contains("at least two points"));
        assertTrue(SeriesCalculator.cagr(List.of(month("2024-01", "5"), month("2024-06", "6")), 1).reason().contains("same year"));
        assertTrue(SeriesCalculator.cagr(List.of(year(2020, "0"), year(2022, "6")), 1).reason().contains("positive"));
    }

    @Test
    void growthRateOverTwoYearsOfDoublingIsFortyOnePointFortyTwoPercent() {
        // (200 / 100) ^ (1 / 2) - 1 = sqrt(2) - 1 = 0.41421356..., * 100 = 41.42 to two decimals.
        DerivedValue cagr = SeriesCalculator.cagr(List.of(year(2020, "100.0"), year(2021, "999.9"), year(2022, "200.0")), 1);
        assertEquals(new BigDecimal("41.42"), cagr.value());
        assertEquals("((200.0 / 100.0) ^ (1 / 2) - 1) * 100", cagr.computation());
        assertEquals("HALF_EVEN to 2 decimals", cagr.rounding());
    }

    @Test
    void totalChangeRunsFromTheFirstPointToTheLastIgnoringThoseBetween() {
        SeriesCalculator.TotalChange total = SeriesCalculator.totalChange(List.of(year(2020, "100.0"), year(2021, "999.9"), year(2022, "150.5")), 1);
        assertEquals(new BigDecimal("50.5"), total.change().value());
        assertEquals(new BigDecimal("50.50"), total.percent().value());
        assertEquals("(150.5 - 100.0) / 100.0 * 100", total.percent().computation());
    }

    @Test
    void totalChangeIsNotComputedAcrossABreakNorInPercentOfANonPositiveStart() {
        SeriesCalculator.TotalChange broken = SeriesCalculator.totalChange(List.of(year(2020, "10"), year(2021, "30", "break"), year(2022, "40")), 1);
        assertNull(broken.change().value());
        assertTrue(broken.percent().reason().contains("break"), broken.percent().reason());
        SeriesCalculator.TotalChange negative = SeriesCalculator.totalChange(List.of(year(2020, "-5"), year(2022, "5")), 1);
        assertEquals(new BigDecimal("10.0"), negative.change().value());
        assertNull(negative.percent().value());
        assertTrue(negative.percent().reason().contains("not positive"), negative.percent().reason());
    }
}
