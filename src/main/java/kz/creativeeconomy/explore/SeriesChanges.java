package kz.creativeeconomy.explore;

import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.analysis.DerivedValue;
import kz.creativeeconomy.analysis.SeriesCalculator;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.analysis.rest.DerivedNumberDto;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.region.Region;

/**
 * The changes table of the series page: the series API's own year-on-year changes, index, CAGR and total change over
 * the range (the same numbers GET /v1/indicators/{code}/series serves), with their roundings, reasons and formulas'
 * words in the page's language as the API gives them (DerivedNumberDto, messages/derived_*.properties).
 */
final class SeriesChanges {

    private SeriesChanges() {
    }

    /**
     * The formulas, with the words of the CAGR's (what "years" is) in the page's language; cagr is any series' CAGR, whose
     * formula is the same for every series.
     */
    static SeriesView.Formulas formulas(Lang lang, DerivedValue cagr) {
        return new SeriesView.Formulas(SeriesCalculator.CHANGE, SeriesCalculator.PERCENT_CHANGE, SeriesCalculator.INDEX,
                DerivedNumberDto.of(cagr, lang.language()).formula(), SeriesCalculator.TOTAL_CHANGE, SeriesCalculator.TOTAL_CHANGE_PERCENT);
    }

    /**
     * Whether the indicator's changes are read in percentage points: its unit is percent (a share, or a rate), so the API's
     * change v[last] - v[first] is in points, and a percent change of it ("+11.1%" for 0.9 to 1.0) reads as a change of the
     * share itself. Such a page shows the changes in points and the index, and leaves out the percent changes and the CAGR.
     */
    static boolean inPoints(Indicator indicator) {
        return "percent".equals(indicator.unit);
    }

    static List<SeriesView.RegionChanges> of(Lang lang, List<Region> regions, List<SeriesService.Series> results, boolean inPoints) {
        List<SeriesView.RegionChanges> changes = new ArrayList<>();
        for (int n = 0; n < regions.size(); n++) {
            SeriesService.Series series = results.get(n);
            List<SeriesView.ChangeRow> rows = new ArrayList<>();
            for (SeriesService.Point point : series.points()) {
                var row = point.row();
                rows.add(new SeriesView.ChangeRow(lang.period(row.periodCode(), row.frequency(), row.periodStart()),
                        signed(lang, point.derived().change()), inPoints ? null : signed(lang, point.derived().percentChange()),
                        plain(lang, point.derived().index())));
            }
            // A range of one point has no change over it to show.
            boolean range = series.points().size() >= 2;
            changes.add(new SeriesView.RegionChanges(HomePage.regionName(lang, regions.get(n)), series.basePeriod(), rows,
                    inPoints ? null : plain(lang, series.cagr()), range ? signed(lang, series.totalChange().change()) : null,
                    range && !inPoints ? signed(lang, series.totalChange().percent()) : null));
        }
        return changes;
    }

    private static SeriesView.Derived signed(Lang lang, DerivedValue value) {
        return derived(lang, value, lang.signed(value.value()));
    }

    private static SeriesView.Derived plain(Lang lang, DerivedValue value) {
        return derived(lang, value, lang.number(value.value()));
    }

    private static SeriesView.Derived derived(Lang lang, DerivedValue value, String text) {
        DerivedNumberDto translated = DerivedNumberDto.of(value, lang.language());
        if (value.value() == null) {
            // A reason no template of the API translates stays English, and says so.
            boolean english = lang.language() == Language.en || translated.reason().equals(value.reason());
            return new SeriesView.Derived(lang.messages().notAvailable(), null, value.reason() == null ? null
                    : new Lang.Name(translated.reason(), english ? "en" : lang.language().name(), english && lang.language() != Language.en));
        }
        return new SeriesView.Derived(text, value.computation() + " (" + translated.rounding() + ")", null);
    }
}
