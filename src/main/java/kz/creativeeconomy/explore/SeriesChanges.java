package kz.creativeeconomy.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.analysis.DecimalMath;
import kz.creativeeconomy.analysis.DerivedValue;
import kz.creativeeconomy.analysis.SeriesCalculator;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.region.Region;

/**
 * The changes table of the series page: the series API's own year-on-year changes, index and CAGR (the same numbers
 * GET /v1/indicators/{code}/series serves), and the total change over the range, computed with the same exact
 * arithmetic and rounding rules.
 */
final class SeriesChanges {

    static final String TOTAL = "v[last] - v[first]";
    static final String TOTAL_PERCENT = "(v[last] - v[first]) / v[first] * 100";

    private SeriesChanges() {
    }

    static SeriesView.Formulas formulas() {
        return new SeriesView.Formulas(SeriesCalculator.CHANGE, SeriesCalculator.PERCENT_CHANGE, SeriesCalculator.INDEX,
                SeriesCalculator.CAGR, TOTAL, TOTAL_PERCENT);
    }

    static List<SeriesView.RegionChanges> of(Lang lang, List<Region> regions, List<SeriesService.Series> results) {
        List<SeriesView.RegionChanges> changes = new ArrayList<>();
        for (int n = 0; n < regions.size(); n++) {
            SeriesService.Series series = results.get(n);
            List<SeriesView.ChangeRow> rows = new ArrayList<>();
            for (SeriesService.Point point : series.points()) {
                var row = point.row();
                rows.add(new SeriesView.ChangeRow(lang.period(row.periodCode(), row.frequency(), row.periodStart()),
                        signed(lang, point.derived().change()), signed(lang, point.derived().percentChange()), plain(lang, point.derived().index())));
            }
            List<SeriesService.Point> points = series.points();
            SeriesView.Derived total = null;
            SeriesView.Derived totalPercent = null;
            if (points.size() >= 2) {
                var first = points.get(0).row();
                var last = points.get(points.size() - 1).row();
                String v0 = DecimalMath.text(first.value());
                String v1 = DecimalMath.text(last.value());
                BigDecimal difference = last.value().subtract(first.value());
                total = signed(lang, DerivedValue.of(difference, first.decimals(), TOTAL, v1 + " - " + v0));
                totalPercent = first.value().signum() > 0
                        ? signed(lang, DerivedValue.of(DecimalMath.divide(difference, first.value()).multiply(BigDecimal.valueOf(100)),
                                SeriesCalculator.percentDecimals(first.decimals()), TOTAL_PERCENT, "(" + v1 + " - " + v0 + ") / " + v0 + " * 100"))
                        : new SeriesView.Derived(lang.messages().notAvailable(), null, "the first value is not positive");
            }
            changes.add(new SeriesView.RegionChanges(HomePage.regionName(lang, regions.get(n)), series.basePeriod(), rows,
                    plain(lang, series.cagr()), total, totalPercent));
        }
        return changes;
    }

    private static SeriesView.Derived signed(Lang lang, DerivedValue value) {
        return value.value() == null ? new SeriesView.Derived(lang.messages().notAvailable(), null, value.reason())
                : new SeriesView.Derived(lang.signed(value.value()), value.computation() + " (" + value.rounding() + ")", null);
    }

    private static SeriesView.Derived plain(Lang lang, DerivedValue value) {
        return value.value() == null ? new SeriesView.Derived(lang.messages().notAvailable(), null, value.reason())
                : new SeriesView.Derived(lang.number(value.value()), value.computation() + " (" + value.rounding() + ")", null);
    }
}
