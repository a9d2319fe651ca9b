package kz.creativeeconomy.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.creativeeconomy.readreplica.ReadRouting;
import org.postgresql.PGStatement;

/**
 * Reads observations with one narrow SQL statement per page, whatever its size; indicator, region, period,
 * breakdown labels and source come from the in-memory {@link Catalogue}. Pages follow the keyset (indicator, region, period start, id), which the index
 * observation_indicator_order_idx serves, so page 1,000 costs what page 1 costs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    /**
     * The narrow select: the observation's own columns only. Names, units, periods and sources come from the in-memory
     * {@link Catalogue}, so there is nothing to join per row and almost nothing to plan. (bench/run.sh reads this text
     * to give pgbench the very same statement.)
     */
    static final String SELECT = """
            select o.id, o.indicator_id, o.region_id, o.period_id, o.breakdown_dimension, o.breakdown_member,
                   o.value, o.status, o.footnote, o.source_id
            from observation o
            join period p on p.id = o.period_id
            """;

    /** {@link #SELECT} now, or with the values, statuses, footnotes and sources published at :asOf. */
    private static String select(boolean asOf) {
        if (!asOf) {
            return SELECT;
        }
        return SELECT.replace("o.value, o.status, o.footnote, o.source_id", "v.value, v.status, v.footnote, v.source_id")
                .replace("from observation o", "from observation o join observation_version v on v.observation_id = o.id "
                        + "and v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf) and not v.deleted");
    }

    static final String ORDER = " order by o.indicator_id, o.region_id, o.period_start, o.id";

    static final int FETCH_SIZE = 2000;

    private final EntityManager entityManager;
    private final ReadRouting databases;
    private final CatalogueCache catalogues;

    ObservationService(EntityManager entityManager, ReadRouting databases, CatalogueCache catalogues) {
        this.entityManager = entityManager;
        this.databases = databases;
        this.catalogues = catalogues;
    }

    /** One page: up to limit rows after the cursor key, plus one more to tell whether a next page exists. */
    public List<ObservationRow> page(ObservationQuery query) {
        return list(query, query.limit() + 1);
    }

    /**
     * Every matching row up to max (for JSON-stat datasets, which are built whole). Plain JDBC rather than a Hibernate
     * native query: this is the hot path of every uncached list, and the ORM's per-query parsing and row assembly cost
     * more than the statement itself. The driver still prepares it on the server after a few uses per connection.
     */
    public List<ObservationRow> list(ObservationQuery query, int max) {
        Map.Entry<String, Map<String, Object>> sql = sqlOf(query, max);
        return rows(sql.getKey(), sql.getValue());
    }

    private List<ObservationRow> rows(String sql, Map<String, Object> parameters) {
        try (Connection connection = databases.forCurrentRequest().getConnection();
             PreparedStatement statement = planned(NamedSql.prepare(connection, sql, parameters), parameters);
             ResultSet result = statement.executeQuery()) {
            List<ObservationRow> rows = new ArrayList<>();
            forEachRow(result, rows::add);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Observation query failed", e);
        }
    }

    /**
     * An as_of read is planned for its own values at every execution: the driver never prepares it on the server. After
     * five executions a server-prepared statement runs on PostgreSQL's generic plan, which cannot see which regions or
     * indicators are asked for; for the versions join it chose a merge join along the observation key that, for a region
     * with few rows, reads the whole table to find none after the last version (0.5 s at a million observations, against
     * 0.1 ms planned with the values). Current reads keep their generic plans: their order indexes serve every value.
     */
    private static PreparedStatement planned(PreparedStatement statement, Map<String, Object> parameters) throws SQLException {
        if (parameters.containsKey("asOf")) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return statement;
    }

    /**
     * Every row of a result of {@link #select(boolean)}, completed from the catalogue. A row that refers to something
     * the cached catalogue does not know yet (written since it was loaded) reloads it once.
     */
    private int forEachRow(ResultSet result, Consumer<ObservationRow> consumer) throws SQLException {
        Catalogue.Rows reader = catalogues.current().rows();
        int rows = 0;
        while (result.next()) {
            rows++;
            ObservationRow row = read(result, reader);
            if (row == null) {
                reader = catalogues.reload().rows();
                row = read(result, reader);
            }
            if (row != null) {
                consumer.accept(row);
            }
        }
        return rows;
    }

    /** The current row of {@link #select(boolean)}, completed from the catalogue; null when it refers to something unknown. */
    private static ObservationRow read(ResultSet result, Catalogue.Rows reader) throws SQLException {
        // Text columns as the bytes received: the catalogue finds breakdown, status and source by them without a String.
        return reader.row(result.getLong(1), result.getInt(2), result.getInt(3), result.getInt(4), result.getBytes(5),
                result.getBytes(6), result.getBigDecimal(7), result.getBytes(8), result.getString(9), result.getBytes(10));
    }

    /**
     * Streams every matching row through a server-side cursor, {@link #FETCH_SIZE} rows at a time, so memory stays
     * flat however many rows match. It uses its own read-only connection and transaction (PostgreSQL keeps cursors
     * open only inside one), outside JTA, so a long export is not cut by the transaction timeout.
     * <p>
     * The cursor is DECLAREd, not a JDBC fetch-size portal: PostgreSQL plans a declared cursor for its first rows
     * (cursor_tuple_fraction), so the export walks an index in the order it promises and the first bytes leave at once.
     * A portal is planned for the whole result: it read the table and sorted every matching row before sending the
     * first (about 2 s at 10 million observations).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void stream(ObservationQuery query, Consumer<ObservationRow> consumer) {
        Map.Entry<String, Map<String, Object>> sql = exportSqlOf(query);
        try (Connection connection = databases.forCurrentRequest().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                try (PreparedStatement declare = NamedSql.prepare(connection, sql.getKey(), sql.getValue())) {
                    declare.execute();
                }
                try (Statement fetch = connection.createStatement()) {
                    int fetched;
                    do {
                        try (ResultSet result = fetch.executeQuery("fetch forward " + FETCH_SIZE + " from observation_export")) {
                            fetched = forEachRow(result, consumer);
                        }
                    } while (fetched == FETCH_SIZE);
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

    /** The DECLARE of the cursor an export reads, and its parameters (for EXPLAIN in tests too). */
    public Map.Entry<String, Map<String, Object>> exportSqlOf(ObservationQuery query) {
        Map.Entry<String, Map<String, Object>> sql = sqlOf(query, null);
        return Map.entry("declare observation_export no scroll cursor for " + sql.getKey(), sql.getValue());
    }

    /** The SQL and parameters of a query (null max: no limit), for EXPLAIN in tests and for benchmarks. */
    public Map.Entry<String, Map<String, Object>> sqlOf(ObservationQuery query, Integer max) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = select(query.asOf() != null) + ObservationWhere.of(query, parameters) + ORDER;
        if (max != null) {
            // A literal, not a parameter: with LIMIT $n PostgreSQL never settles on a generic plan for the prepared
            // statement (it cannot cost an unknown limit) and plans every execution again, about 0.5 ms a page at 10
            // million observations. The limit is an int the filters have checked, and there are only a few sizes.
            sql += " limit " + max;
        }
        return Map.entry(sql, parameters);
    }

    /** One observation, now (null asOf: only if not deleted) or as published at an instant. */
    public java.util.Optional<ObservationRow> find(long id, java.time.Instant asOf) {
        Map<String, Object> parameters = new HashMap<>();
        String where = asOf == null ? " where o.deleted_at is null and o.id = :id" : " where o.id = :id";
        if (asOf != null) {
            parameters.put("asOf", java.time.OffsetDateTime.ofInstant(asOf, java.time.ZoneOffset.UTC));
        }
        parameters.put("id", id);
        return rows(select(asOf != null) + where, parameters).stream().findFirst();
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

    /**
     * A breakdown parameter of one series (the series API, charts, the embed): null for the totals ('none' or absent),
     * else a dimension and a member that exist; anything else is a problem naming what is allowed.
     */
    public String[] breakdownMember(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("none")) {
            return null;
        }
        String[] parts = raw.trim().split(":", 2);
        Map<String, List<String>> catalogue = breakdownCatalogue();
        List<String> members = catalogue.get(parts[0]);
        if (members == null) {
            throw kz.creativeeconomy.common.ProblemException.invalidParameter("breakdown", "unknown dimension '" + parts[0] + "'",
                    "'none' or dimension:member; dimensions: " + String.join(", ", catalogue.keySet().stream().sorted().toList()));
        }
        if (parts.length == 1) {
            throw kz.creativeeconomy.common.ProblemException.invalidParameter("breakdown", "a dimension without a member mixes several series",
                    "'none' or " + parts[0] + ":member, one of " + String.join(", ", members));
        }
        if (!members.contains(parts[1])) {
            throw kz.creativeeconomy.common.ProblemException.invalidParameter("breakdown", "unknown member '" + parts[1] + "' of " + parts[0],
                    "one of " + String.join(", ", members));
        }
        return parts;
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

    static LocalDate date(Object value) {
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
