package kz.creativeeconomy.observation;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated observation filter. Empty lists mean "no filter". Breakdown selectors: {@code none} (totals only),
 * a dimension ({@code organisation_type}) or a member ({@code organisation_type:museums}).
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
        int limit) {
}
