package kz.creativeeconomy.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of an observation query, for {@link ObservationService}'s select: each filter a bound parameter, the
 * cursor a keyset bound. As of an instant, status is the published version's (v), the rest the observation's own (o).
 */
final class ObservationWhere {

    private ObservationWhere() {
    }

    static String of(ObservationQuery query, Map<String, Object> parameters) {
        boolean asOf = query.asOf() != null;
        StringBuilder where = new StringBuilder(asOf ? " where true" : " where o.deleted_at is null");
        if (asOf) {
            parameters.put("asOf", java.time.OffsetDateTime.ofInstant(query.asOf(), java.time.ZoneOffset.UTC));
        }
        if (!query.indicatorIds().isEmpty()) {
            where.append(" and o.indicator_id in (:indicators)");
            parameters.put("indicators", query.indicatorIds());
        }
        if (!query.regionIds().isEmpty()) {
            where.append(" and o.region_id in (:regions)");
            parameters.put("regions", query.regionIds());
        }
        if (!query.periodCodes().isEmpty()) {
            where.append(" and p.code in (:periods)");
            parameters.put("periods", query.periodCodes());
        }
        if (query.fromStart() != null) {
            where.append(" and o.period_start >= :fromStart");
            parameters.put("fromStart", query.fromStart());
        }
        if (query.toStart() != null) {
            where.append(" and o.period_start <= :toStart");
            parameters.put("toStart", query.toStart());
        }
        if (!query.frequencies().isEmpty()) {
            where.append(" and p.frequency in (:frequencies)");
            parameters.put("frequencies", query.frequencies());
        }
        if (!query.statuses().isEmpty()) {
            where.append(asOf ? " and v.status in (:statuses)" : " and o.status in (:statuses)");
            parameters.put("statuses", query.statuses());
        }
        List<String> breakdown = new ArrayList<>();
        if (query.totalsOnly()) {
            breakdown.add("o.breakdown_dimension is null");
        }
        if (!query.breakdownDimensions().isEmpty()) {
            breakdown.add("o.breakdown_dimension in (:dimensions)");
            parameters.put("dimensions", query.breakdownDimensions());
        }
        for (int n = 0; n < query.breakdownMembers().size(); n++) {
            String[] member = query.breakdownMembers().get(n);
            breakdown.add("(o.breakdown_dimension = :bd" + n + " and o.breakdown_member = :bm" + n + ")");
            parameters.put("bd" + n, member[0]);
            parameters.put("bm" + n, member[1]);
        }
        if (!breakdown.isEmpty()) {
            where.append(" and (").append(String.join(" or ", breakdown)).append(")");
        }
        if (query.after() != null) {
            // The redundant first bound lets PostgreSQL start an indicator IN-list scan at the cursor's indicator instead of
            // reading and rejecting every index entry before it: deep pages then cost what early pages cost.
            where.append(" and o.indicator_id >= :afterIndicator"
                    + " and (o.indicator_id, o.region_id, o.period_start, o.id) > (:afterIndicator, :afterRegion, :afterStart, :afterId)");
            parameters.put("afterIndicator", Integer.parseInt(query.after().get(0)));
            parameters.put("afterRegion", Integer.parseInt(query.after().get(1)));
            parameters.put("afterStart", LocalDate.parse(query.after().get(2)));
            parameters.put("afterId", Long.parseLong(query.after().get(3)));
        }
        return where.toString();
    }
}
