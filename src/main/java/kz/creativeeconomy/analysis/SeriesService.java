package kz.creativeeconomy.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.period.Frequency;
import kz.creativeeconomy.region.Region;

/** The series of one indicator in one region, read with one observation statement, and what is derived from it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesService {

    /** More points than any series of this data set has; a longer one must be cut with from and to. */
    static final int MAX_POINTS = 10_000;

    private final ObservationService observations;

    SeriesService(ObservationService observations) {
        this.observations = observations;
    }

    /**
     * What to read. fromStart and toStart bound the period start (inclusive); frequency null means the frequency with
     * the most points; breakdownMember null means totals; basePeriod null means the first point.
     */
    public record Request(Indicator indicator, Region region, LocalDate fromStart, LocalDate toStart, String frequency,
                          String[] breakdownMember, String basePeriod, java.time.Instant asOf) {
    }

    public record Point(ObservationRow row, SeriesCalculator.Derivations derived) {
    }

    /** frequencies: every frequency the range has, with its number of points, in Frequency order. */
    public record Series(String frequency, Map<String, Integer> frequencies, String basePeriod, List<Point> points, DerivedValue cagr,
                         SeriesCalculator.TotalChange totalChange) {
    }

    public Series series(Request request) {
        Indicator indicator = request.indicator();
        // One year before the range is read too, so that the first point of the range has its year-on-year change.
        LocalDate contextFrom = request.fromStart() == null ? null : request.fromStart().minusYears(1);
        String[] member = request.breakdownMember();
        ObservationQuery query = new ObservationQuery(List.of(indicator.id), List.of(request.region().id), List.of(), contextFrom,
                request.toStart(), request.frequency() == null ? List.of() : List.of(request.frequency()), List.of(),
                member == null, List.of(), member == null ? List.of() : List.<String[]>of(member), null, MAX_POINTS)
                .withAsOf(request.asOf());
        List<ObservationRow> rows = observations.list(query, MAX_POINTS + 1);
        if (rows.size() > MAX_POINTS) {
            throw ProblemException.invalidParameter("from", "the series has more than " + MAX_POINTS + " points", "a narrower from/to range");
        }
        List<ObservationRow> inRange = rows.stream()
                .filter(r -> request.fromStart() == null || !r.periodStart().isBefore(request.fromStart())).toList();
        Map<String, Integer> frequencies = new LinkedHashMap<>();
        for (Frequency frequency : Frequency.values()) {
            long count = inRange.stream().filter(r -> r.frequency().equals(frequency.name())).count();
            if (count > 0) {
                frequencies.put(frequency.name(), (int) count);
            }
        }
        String frequency = request.frequency() != null ? request.frequency() : mostPoints(frequencies);
        List<ObservationRow> series = inRange.stream().filter(r -> r.frequency().equals(frequency)).toList();
        List<ObservationRow> context = rows.stream().filter(r -> r.frequency().equals(frequency)).toList();

        List<SeriesCalculator.Point> points = series.stream().map(SeriesService::point).toList();
        SeriesCalculator.Point base = base(request.basePeriod(), points);
        List<SeriesCalculator.Derivations> derived = SeriesCalculator.derive(points, context.stream().map(SeriesService::point).toList(),
                base, indicator.decimals);
        List<Point> result = new ArrayList<>(series.size());
        for (int n = 0; n < series.size(); n++) {
            result.add(new Point(series.get(n), derived.get(n)));
        }
        return new Series(frequency, frequencies, base == null ? null : base.periodCode(),
                result, SeriesCalculator.cagr(points, indicator.decimals), SeriesCalculator.totalChange(points, indicator.decimals));
    }

    /** The frequency with the most points; on a tie the longer period (annual before quarterly), as Frequency orders them. */
    private static String mostPoints(Map<String, Integer> frequencies) {
        return frequencies.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -Frequency.valueOf(e.getKey()).ordinal()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static SeriesCalculator.Point base(String basePeriod, List<SeriesCalculator.Point> points) {
        if (basePeriod == null) {
            return points.isEmpty() ? null : points.get(0);
        }
        return points.stream().filter(p -> p.periodCode().equals(basePeriod)).findFirst().orElseThrow(() ->
                ProblemException.invalidParameter("base", "'" + basePeriod + "' is not a period of this series",
                        points.isEmpty() ? "no period: the series has no points in this range"
                                : "a period of the series: " + String.join(", ", points.stream().map(SeriesCalculator.Point::periodCode).toList())));
    }

    private static SeriesCalculator.Point point(ObservationRow row) {
        return new SeriesCalculator.Point(row.periodCode(), row.periodStart(), row.periodEnd(), row.value(), row.status());
    }
}
