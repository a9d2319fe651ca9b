package kz.creativeeconomy.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.source.SourceService;

/**
 * Reads what a chart shows through the same {@link SeriesService} as GET /v1/indicators/{code}/series, one series per
 * region, so the chart and the JSON can never disagree on a value, a period or a status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChartService {

    /** More lines than a reader can tell apart, and than the palette has colours. */
    public static final int MAX_REGIONS = 6;

    private final SeriesService series;
    private final SourceService sources;
    private final kz.creativeeconomy.observation.CatalogueCache catalogue;

    ChartService(SeriesService series, SourceService sources, kz.creativeeconomy.observation.CatalogueCache catalogue) {
        this.series = series;
        this.sources = sources;
        this.catalogue = catalogue;
    }

    /**
     * What to chart: from and to bound the period start (inclusive, null for open); frequency null means the one with
     * the most points in the first region's series (the other regions are drawn in that frequency too); breakdownMember
     * null means totals, otherwise {dimension, member}; asOf null means now.
     */
    public record Request(Indicator indicator, List<Region> regions, LocalDate from, LocalDate to, String frequency,
                          String[] breakdownMember, Instant asOf) {

        public static Request of(Indicator indicator, List<Region> regions) {
            return new Request(indicator, regions, null, null, null, null, null);
        }
    }

    public Chart chart(Request request, Language language) {
        Indicator indicator = request.indicator();
        String frequency = request.frequency();
        List<Chart.Line> lines = new ArrayList<>();
        Map<String, String> citations = new LinkedHashMap<>();
        Set<String> citedIn = new LinkedHashSet<>();
        String unitLabel = null;
        String memberName = null;
        for (Region region : request.regions()) {
            SeriesService.Series result = series.series(new SeriesService.Request(indicator, region, request.from(), request.to(),
                    frequency, request.breakdownMember(), null, request.asOf()));
            if (frequency == null) {
                frequency = result.frequency();
            }
            List<Chart.Point> points = new ArrayList<>();
            for (SeriesService.Point point : result.points()) {
                ObservationRow row = point.row();
                points.add(new Chart.Point(row.periodCode(), row.periodStart(), row.periodEnd(), row.value(), row.status(),
                        row.footnote(language).text(), row.sourceId()));
                if (!citations.containsKey(row.sourceId())) {
                    citations.put(row.sourceId(), citation(row));
                    sources.find(row.sourceId()).map(source -> source.citedIn).filter(text -> !text.isBlank()).ifPresent(citedIn::add);
                }
                if (unitLabel == null) {
                    unitLabel = row.unitLabel(language).text();
                }
                if (memberName == null && row.breakdown() != null) {
                    memberName = language.pick(row.memberNameEn(), row.memberNameRu(), row.memberNameKk()).text();
                }
            }
            lines.add(new Chart.Line(region.code, region.slug, language.pick(region.nameEn, region.nameRu, region.nameKk).text(), points));
        }
        String title = language.pick(indicator.nameEn, indicator.nameRu, indicator.nameKk).text();
        if (request.breakdownMember() != null) {
            title += " — " + (memberName != null ? memberName : request.breakdownMember()[1]);
        }
        // With no values to take it from, the unit is the indicator's ("million tenge"), not its code ("KZT").
        return new Chart(language, indicator.code, title, unitLabel == null ? catalogue.unitLabel(indicator.id, language).text() : unitLabel, frequency, lines,
                List.copyOf(citations.values()), List.copyOf(citedIn));
    }

    /** "Publisher, Title, locator": who published the figure and where the citing work prints it. */
    private static String citation(ObservationRow row) {
        StringBuilder text = new StringBuilder();
        if (row.sourcePublisher() != null && !row.sourcePublisher().isBlank()) {
            text.append(row.sourcePublisher()).append(", ");
        }
        text.append(row.sourceTitle());
        if (row.sourceLocator() != null && !row.sourceLocator().isBlank()) {
            text.append(", ").append(row.sourceLocator());
        }
        return text.toString();
    }
}
