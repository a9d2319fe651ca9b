package kz.creativeeconomy.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import kz.creativeeconomy.analysis.DecimalMath;
import kz.creativeeconomy.analysis.RankingService;
import kz.creativeeconomy.analysis.SeriesCalculator;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.region.Region;

/**
 * The one sentence that says what a series shows, computed from its values: the region's rank among the regions in
 * the last period (RankingService, as GET /v1/rankings ranks them) and its change from the first to the last period.
 * It is also the chart's text description.
 */
@ApplicationScoped
public class SeriesSummaries {

    private final RankingService rankings;

    SeriesSummaries(RankingService rankings) {
        this.rankings = rankings;
    }

    public String summary(Lang lang, Indicator indicator, Region region, SeriesService.Series series, String[] member, String unit) {
        ExploreMessages m = lang.messages();
        List<SeriesService.Point> points = series.points();
        if (points.isEmpty()) {
            return m.noValues();
        }
        ObservationRow first = points.get(0).row();
        ObservationRow last = points.get(points.size() - 1).row();
        String regionName = HomePage.regionName(lang, region).text();
        if (member != null) {
            // The sentence is also the chart's description and the dataset's: without the member it misstates the value.
            regionName += ", " + lang.name(last.memberNameEn(), last.memberNameRu(), last.memberNameKk()).text();
        }
        String lastPeriod = lang.period(last.periodCode(), last.frequency(), last.periodStart());
        String sentence = m.summaryValue(lastPeriod, regionName, lang.number(last.value()), unit);
        // Regions are ranked on totals only, and only among the regions and cities the Bureau publishes side by side. The
        // sentence says how many of them have a value for the period: "3rd of 3" alone reads as "last of all regions".
        if (member == null && RankingService.DEFAULT_LEVELS.contains(region.level)) {
            RankingService.Result ranked = rankings.rank(indicator, last.periodCode(), RankingService.DEFAULT_LEVELS);
            var entry = ranked.entries().stream().filter(e -> e.row().regionSlug().equals(region.slug)).findFirst();
            if (entry.isPresent() && ranked.entries().size() > 1) {
                sentence = m.summaryRank(lastPeriod, regionName, lang.ordinal(entry.get().rank()), ranked.entries().size(), lang.number(last.value()), unit);
            }
        }
        if (points.size() > 1) {
            String firstPeriod = lang.period(first.periodCode(), first.frequency(), first.periodStart());
            String from = lang.number(first.value());
            String to = lang.number(last.value());
            var change = series.totalChange().change();
            if (SeriesChanges.inPoints(indicator)) {
                // A share's change is in percentage points, as the series API gives it (v[last] - v[first] in the indicator's
                // unit); its percent change ("-31.58%" for 3.8 to 2.6) reads as the share itself falling by 31.58.
                sentence += " " + (change.value() == null ? m.summaryChangeAbsolute(firstPeriod, lastPeriod, from, to)
                        : m.summaryChangePoints(firstPeriod, lastPeriod, lang.signed(change.value()), from, to));
            } else if (first.value().signum() > 0) {
                BigDecimal percent = DecimalMath.round(DecimalMath.divide(last.value().subtract(first.value()), first.value())
                        .multiply(BigDecimal.valueOf(100)), SeriesCalculator.percentDecimals(indicator.decimals));
                sentence += " " + m.summaryChange(firstPeriod, lastPeriod, lang.signed(percent), from, to);
            } else {
                sentence += " " + m.summaryChangeAbsolute(firstPeriod, lastPeriod, from, to);
            }
        }
        return sentence;
    }
}
