package kz.creativeeconomy.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;

/**
 * Ranks the regions that have a value of an indicator in a period, largest first, and, for additive indicators, gives
 * each one's share of the national value. One observation statement reads the ranked values and the national one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    /** Levels that can be ranked: the units inside the Republic. */
    public static final List<String> RANKABLE_LEVELS = List.of("city_of_republican_significance", "region", "district", "city");
    /**
     * Ranked when no level is asked for: the first tier under the Republic, the regions and the cities of republican
     * significance (Astana, Almaty, Shymkent), which the Bureau of National Statistics publishes side by side. Districts
     * and cities lie inside regions; ranking them together with regions would rank a part against its whole.
     */
    public static final List<String> DEFAULT_LEVELS = List.of("city_of_republican_significance", "region");
    /** Code of the Republic, whose value is the national total. */
    public static final String NATIONAL = "KZ";
    public static final String SHARE = "v[region] / v[KZ] * 100";

    static final int MAX_ROWS = 10_000;

    private final ObservationService observations;

    RankingService(ObservationService observations) {
        this.observations = observations;
    }

    public record Entry(int rank, ObservationRow row, DerivedValue shareOfNational) {
    }

    public record Result(ObservationRow national, List<Entry> entries) {
    }

    /** Totals (no breakdown) of the indicator in the period, for regions of the given levels. */
    public Result rank(Indicator indicator, String periodCode, List<String> levels) {
        ObservationQuery query = new ObservationQuery(List.of(indicator.id), List.of(), List.of(periodCode), null, null, List.of(), List.of(),
                true, List.of(), List.of(), null, MAX_ROWS);
        List<ObservationRow> rows = observations.list(query, MAX_ROWS);
        ObservationRow national = rows.stream().filter(r -> NATIONAL.equals(r.regionCode())).findFirst().orElse(null);
        List<ObservationRow> ranked = rows.stream().filter(r -> levels.contains(r.regionLevel())).toList();
        List<Entry> entries = Ranking.descending(ranked, ObservationRow::value, Comparator.comparing(ObservationRow::regionCode)).stream()
                .map(r -> new Entry(r.rank(), r.item(), share(indicator, r.item(), national)))
                .toList();
        return new Result(national, entries);
    }

    /** The share of the national value, rounded to one decimal more than the indicator publishes, like every percent. */
    static DerivedValue share(Indicator indicator, ObservationRow row, ObservationRow national) {
        int decimals = SeriesCalculator.percentDecimals(indicator.decimals);
        if (!indicator.additive) {
            return DerivedValue.unavailable(SHARE, decimals, indicator.code + " is not additive: values of regions do not add up to the national "
                    + "value, so a region's value is no part of it");
        }
        if (national == null) {
            return DerivedValue.unavailable(SHARE, decimals, "no national (KZ) value of " + indicator.code + " for " + row.periodCode());
        }
        if (national.value().signum() <= 0) {
            return DerivedValue.unavailable(SHARE, decimals, "the national value (" + DecimalMath.text(national.value()) + ") is not positive");
        }
        BigDecimal exact = DecimalMath.divide(row.value(), national.value()).multiply(DecimalMath.HUNDRED);
        return DerivedValue.of(exact, decimals, SHARE, DecimalMath.text(row.value()) + " / " + DecimalMath.text(national.value()) + " * 100");
    }
}
