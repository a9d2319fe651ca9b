package kz.creativeeconomy.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads observations with one SQL statement per page, whatever its size: indicator, region, period, breakdown
 * labels and source are joined in. Pages follow the keyset (indicator, region, period start, id), which the index
 * observation_indicator_order_idx serves, so page 1,000 costs what page 1 costs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    /** The select list and joins; {@code x} is the alias the published values come from: o (now) or v (as of). */
    private static String select(boolean asOf) {
        String x = asOf ? "v" : "o";
        return """
            select o.id, i.id as indicator_id, i.code as indicator_code, i.name_en as indicator_name_en,
                   i.name_ru as indicator_name_ru, i.name_kk as indicator_name_kk, i.unit, i.unit_multiplier, i.decimals,
                   r.id as region_id, r.code as region_code, r.slug as region_slug, r.name_en as region_name_en,
                   r.name_ru as region_name_ru, r.name_kk as region_name_kk, r.level as region_level,
                   p.code as period_code, p.frequency, p.start_date, p.end_date,
                   o.breakdown_dimension, o.breakdown_member,
                   bd.name_en as dimension_name_en, bd.name_ru as dimension_name_ru, bd.name_kk as dimension_name_kk,
                   bm.name_en as member_name_en, bm.name_ru as member_name_ru, bm.name_kk as member_name_kk,
                   X.value, X.status, X.footnote,
                   s.id as source_id, s.reference_number, s.locator, s.title, s.publisher, s.url, s.accessed_on,
                   u.name_en as unit_name_en, u.name_ru as unit_name_ru, u.name_kk as unit_name_kk,
                   um.name_en as multiplier_en, um.name_ru as multiplier_ru, um.name_kk as multiplier_kk
            from observation o
            """.replace("X.", x + ".")
                + (asOf ? """
            join observation_version v on v.observation_id = o.id and v.valid_from <= :asOf
                 and (v.valid_to is null or v.valid_to > :asOf) and not v.deleted
            """ : "")
                + """
            join indicator i on i.id = o.indicator_id
            join unit u on u.code = i.unit
            left join unit_multiplier um on um.power = i.unit_multiplier
            join region r on r.id = o.region_id
            join period p on p.id = o.period_id
            join source s on s.id = X.source_id
            left join breakdown_dimension bd on bd.code = o.breakdown_dimension
            left join breakdown_member bm on bm.dimension_code = o.breakdown_dimension and bm.code = o.breakdown_member
            """.replace("X.", x + ".");
    }

    static final String ORDER = " order by o.indicator_id, o.region_id, o.period_start, o.id";

    static final int FETCH_SIZE = 2000;

    private final EntityManager entityManager;
    private final DataSource dataSource;

    ObservationService(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** One page: up to limit rows after the cursor key, plus one more to tell whether a next page exists. */
    public List<ObservationRow> page(ObservationQuery query) {
        return list(query, query.limit() + 1);
    }

    /** Every matching row up to max (for JSON-stat datasets, which are built whole). */
    public List<ObservationRow> list(ObservationQuery query, int max) {
        Map.Entry<String, Map<String, Object>> sql = sqlOf(query, max);
        Query nativeQuery = entityManager.createNativeQuery(sql.getKey());
        sql.getValue().forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> results = nativeQuery.getResultList();
        List<ObservationRow> rows = new ArrayList<>(results.size());
        for (Object[] columns : results) {
            rows.add(map(columns));
        }
        return rows;
    }

    /**
     * Streams every matching row through a server-side cursor, {@link #FETCH_SIZE} rows at a time, so memory stays
     * flat however many rows match. It uses its own read-only connection and transaction (PostgreSQL keeps cursors
     * open only inside one), outside JTA, so a long export is not cut by the transaction timeout.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void stream(ObservationQuery query, Consumer<ObservationRow> consumer) {
        Map.Entry<String, Map<String, Object>> sql = sqlOf(query, null);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = NamedSql.prepare(connection, sql.getKey(), sql.getValue())) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet result = statement.executeQuery()) {
                    int width = result.getMetaData().getColumnCount();
                    Object[] columns = new Object[width];
                    while (result.next()) {
                        for (int n = 0; n < width; n++) {
                            columns[n] = result.getObject(n + 1);
                        }
                        consumer.accept(map(columns));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export query failed", e);
        }
    }

    /** The SQL and parameters of a query (null max: no limit), for EXPLAIN in tests and for benchmarks. */
    public Map.Entry<String, Map<String, Object>> sqlOf(ObservationQuery query, Integer max) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = select(query.asOf() != null) + where(query, parameters) + ORDER;
        if (max != null) {
            sql += " limit :limit";
            parameters.put("limit", max);
        }
        return Map.entry(sql, parameters);
    }

    static String where(ObservationQuery query, Map<String, Object> parameters) {
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
            where.append(" and (o.indicator_id, o.region_id, o.period_start, o.id) > (:afterIndicator, :afterRegion, :afterStart, :afterId)");
            parameters.put("afterIndicator", Integer.parseInt(query.after().get(0)));
            parameters.put("afterRegion", Integer.parseInt(query.after().get(1)));
            parameters.put("afterStart", LocalDate.parse(query.after().get(2)));
            parameters.put("afterId", Long.parseLong(query.after().get(3)));
        }
        return where.toString();
    }

    /** One observation, now (null asOf: only if not deleted) or as published at an instant. */
    public java.util.Optional<ObservationRow> find(long id, java.time.Instant asOf) {
        Map<String, Object> parameters = new HashMap<>();
        String where = asOf == null ? " where o.deleted_at is null and o.id = :id" : " where o.id = :id";
        if (asOf != null) {
            parameters.put("asOf", java.time.OffsetDateTime.ofInstant(asOf, java.time.ZoneOffset.UTC));
        }
        parameters.put("id", id);
        Query nativeQuery = entityManager.createNativeQuery(select(asOf != null) + where);
        parameters.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> results = nativeQuery.getResultList();
        return results.stream().findFirst().map(ObservationService::map);
    }

    public record Version(long id, java.time.Instant recordedAt, String operation, String changedBy, String reason, Long importId,
                          BigDecimal value, String status, String footnote, String sourceId, boolean deleted) {
    }

    /** Every published state of an observation, oldest first; empty when the observation never existed. */
    @SuppressWarnings("unchecked")
    public List<Version> versions(long observationId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, valid_from, operation, changed_by, reason, import_id, value, status, footnote, source_id, deleted
                from observation_version where observation_id = :id order by valid_from, id""")
                .setParameter("id", observationId).getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).longValue(), kz.creativeeconomy.common.Times.instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(),
                (BigDecimal) r[6], (String) r[7], (String) r[8], (String) r[9], (Boolean) r[10])).toList();
    }

    /** The cursor key of a row. */
    public static List<String> keyOf(ObservationRow row) {
        return List.of(String.valueOf(row.indicatorId()), String.valueOf(row.regionId()), row.periodStart().toString(), String.valueOf(row.id()));
    }

    /** Breakdown dimensions and their members that exist, for validating filters. */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> breakdownCatalogue() {
        Map<String, List<String>> catalogue = new HashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery(
                "select d.code, m.code from breakdown_dimension d left join breakdown_member m on m.dimension_code = d.code order by 1, 2")
                .getResultList();
        for (Object[] row : rows) {
            List<String> members = catalogue.computeIfAbsent((String) row[0], k -> new ArrayList<>());
            if (row[1] != null) {
                members.add((String) row[1]);
            }
        }
        return catalogue;
    }

    @SuppressWarnings("unchecked")
    public List<String> existingPeriodCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("select code from period where code in (:codes)", String.class)
                .setParameter("codes", codes).getResultList();
    }

    /** Maps a row of {@link #select(boolean)} by position (by name costs a lookup per column per row). */
    static ObservationRow map(Object[] c) {
        return new ObservationRow(
                ((Number) c[0]).longValue(),
                ((Number) c[1]).intValue(), (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                (String) c[6], ((Number) c[7]).intValue(), ((Number) c[8]).intValue(),
                ((Number) c[9]).intValue(), (String) c[10], (String) c[11], (String) c[12], (String) c[13], (String) c[14], (String) c[15],
                (String) c[16], (String) c[17], date(c[18]), date(c[19]),
                (String) c[20], (String) c[21],
                (String) c[22], (String) c[23], (String) c[24], (String) c[25], (String) c[26], (String) c[27],
                (BigDecimal) c[28], (String) c[29], (String) c[30],
                (String) c[31], c[32] == null ? null : ((Number) c[32]).intValue(), (String) c[33], (String) c[34], (String) c[35], (String) c[36],
                date(c[37]),
                (String) c[38], (String) c[39], (String) c[40], (String) c[41], (String) c[42], (String) c[43]);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

}
