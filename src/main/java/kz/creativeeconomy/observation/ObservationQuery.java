package kz.creativeeconomy.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated observation filter. Empty lists mean "no filter". Breakdown selectors: {@code none} (totals only),
 * a dimension ({@code organisation_type}) or a member ({@code organisation_type:museums}). With {@code asOf}, the values,
 * statuses, footnotes and sources are those published at that instant.
 */
public record ObservationQuery(
        List<Integer> indicatorIds,
        List<Integer> regionIds,
        List<String> periodCodes,
        LocalDate fromStart,
        LocalDate toStart,
        List<String> frequencies,
        List<String> statuses,
        boolean totalsOnly,
        List<String> breakdownDimensions,
        List<String[]> breakdownMembers,
        List<String> after,
        int limit,
        Instant asOf) {

    /** A query of the current data. */
    public ObservationQuery(List<Integer> indicatorIds, List<Integer> regionIds, List<String> periodCodes, LocalDate fromStart,
                            LocalDate toStart, List<String> frequencies, List<String> statuses, boolean totalsOnly,
                            List<String> breakdownDimensions, List<String[]> breakdownMembers, List<String> after, int limit) {
        this(indicatorIds, regionIds, periodCodes, fromStart, toStart, frequencies, statuses, totalsOnly, breakdownDimensions,
                breakdownMembers, after, limit, null);
    }

    public ObservationQuery withAsOf(Instant instant) {
        return new ObservationQuery(indicatorIds, regionIds, periodCodes, fromStart, toStart, frequencies, statuses, totalsOnly,
                breakdownDimensions, breakdownMembers, after, limit, instant);
    }
}
