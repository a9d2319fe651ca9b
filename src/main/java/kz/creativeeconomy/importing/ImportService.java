package kz.creativeeconomy.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CsvPageWriter;
import kz.creativeeconomy.http.WriteRequests;
import kz.creativeeconomy.observation.Statuses;
import kz.creativeeconomy.period.PeriodCode;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads a file of observations atomically: every row is validated while the file streams into a temporary table
 * (COPY), each row is looked up once by natural key, and set-based statements write the new and changed rows and their
 * revisions; or a problem listing every bad row writes none. Imports are serialised by an advisory lock, so two imports
 * of the same keys end as one of them, never a mix.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_ERRORS_LISTED = 1000;
    static final int MAX_CHANGES_LISTED = 1000;
    private static final long IMPORT_LOCK = 727_001L;

    @Inject
    EntityManager entityManager;
    @Inject
    WriteRequests writes;
    @Inject
    AuditLog audit;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "api.database.import-statement-timeout")
    String importStatementTimeout;

    public enum Format { csv, json }

    /** An import of a large file may take longer than the default transaction timeout of one minute. */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 1800)
    public ImportReport run(InputStream body, Format format, boolean dryRun, String reason, Caller.Identity who, String path) {
        long started = System.nanoTime();
        List<Problem.FieldError> reasonErrors = new ArrayList<>();
        WriteRequests.requireReason(reason, reasonErrors);
        if (!reasonErrors.isEmpty()) {
            throw ProblemException.invalidBody(reasonErrors);
        }
        ImportReport report = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // An import's statements may run for minutes on a large file: its own statement timeout for this transaction,
            // and no client-side socket timeout (the pool's is sized for reads) until it is done.
            int socketTimeout = connection.getNetworkTimeout();
            try (PreparedStatement timeout = connection.prepareStatement("select set_config('statement_timeout', ?, true)")) {
                timeout.setString(1, importStatementTimeout);
                timeout.execute();
                connection.setNetworkTimeout(Runnable::run, 0);
                return load(connection, body, format, dryRun, reason, who, path, started);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
            }
        });
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return report;
    }

    private ImportReport load(Connection connection, InputStream body, Format format, boolean dryRun, String reason,
                              Caller.Identity who, String path, long started) throws SQLException, IOException {
        if (!dryRun) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create temp table import_rows (row_no bigint, indicator_id int, region_id int, period_code text,
                        dim text, mem text, value numeric, status text, footnote text, source_id text) on commit drop""");
        }
        Catalogue catalogue = Catalogue.read(connection);
        Map<String, PeriodCode> periods = new HashMap<>();
        References references = new References(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        List<Problem.FieldError> errors = new ArrayList<>();
        long[] errorCount = {0};
        long[] rows = {0};
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy import_rows from stdin with (format csv)", 1 << 16);
        // Buffered, and records formatted by CSVFormat directly (CSVPrinter takes a lock per field): see CsvPageWriter.
        try (Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            java.util.function.Consumer<ImportRow> accept = row -> {
                rows[0]++;
                List<Problem.FieldError> rowErrors = new ArrayList<>();
                Integer indicatorId = catalogue.indicators.get(row.indicator());
                Integer regionId = catalogue.regions.get(row.region());
                BigDecimal value = null;
                PeriodCode period = row.period() == null ? null : periods.computeIfAbsent(row.period(), c -> PeriodCode.parse(c).orElse(null));
                for (String unknown : row.unknownFields()) {
                    rowErrors.add(new Problem.FieldError(row.row(), unknown, "unknown field", String.join(", ", ImportReader.JSON_FIELDS)));
                }
                if (indicatorId == null) {
                    rowErrors.add(error(row, "indicator_code", row.indicator(), "an indicator code listed by /v1/indicators"));
                }
                if (regionId == null) {
                    rowErrors.add(error(row, "region_code", row.region(), "a region code or slug listed by /v1/regions"));
                }
                if (period == null) {
                    rowErrors.add(error(row, "period_code", row.period(), PeriodCode.FORMS));
                }
                if ((row.breakdownDimension() == null) != (row.breakdownMember() == null)
                        || (row.breakdownDimension() != null && !catalogue.breakdowns.contains(row.breakdownDimension() + ":" + row.breakdownMember()))) {
                    rowErrors.add(new Problem.FieldError(row.row(), "breakdown_member",
                            "unknown breakdown '" + row.breakdownDimension() + ":" + row.breakdownMember() + "'",
                            "both empty (a total) or a dimension and member used by /v1/observations?breakdown=..."));
                }
                try {
                    value = row.value() == null ? null : new BigDecimal(row.value().trim());
                } catch (NumberFormatException e) {
                    value = null;
                }
                if (value == null) {
                    rowErrors.add(error(row, "value", row.value(), "an exact decimal with a dot, such as 25049.9"));
                }
                if (row.status() == null || !Statuses.ALL.contains(row.status())) {
                    rowErrors.add(error(row, "status", row.status(), String.join(", ", Statuses.ALL)));
                }
                if (row.source() == null || !catalogue.sources.contains(row.source())) {
                    rowErrors.add(error(row, "source_id", row.source(), "a source id listed by /v1/sources"));
                }
                if (row.footnote() != null && row.footnote().length() > 2000) {
                    rowErrors.add(new Problem.FieldError(row.row(), "footnote", "is longer than 2000 characters", "at most 2000 characters"));
                }
                if (!rowErrors.isEmpty()) {
                    errorCount[0] += rowErrors.size();
                    for (Problem.FieldError e : rowErrors) {
                        if (errors.size() < MAX_ERRORS_LISTED) {
                            errors.add(e);
                        }
                    }
                    return;
                }
                references.indicators().add(indicatorId);
                references.regions().add(regionId);
                references.sources().add(row.source());
                if (row.breakdownDimension() != null) {
                    references.breakdowns().add(row.breakdownDimension() + ":" + row.breakdownMember());
                }
                try {
                    CsvPageWriter.printRecord(writer, java.util.Arrays.asList(row.row(), indicatorId, regionId, period.code(),
                            row.breakdownDimension(), row.breakdownMember(), value.toPlainString(), row.status(), row.footnote(), row.source()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            InputStream checked = new Utf8Check(body);
            if (format == Format.csv) {
                ImportReader.csv(checked, accept);
            } else {
                ImportReader.json(checked, accept);
            }
        }
        duplicates(connection, errors, errorCount);
        if (errorCount[0] > 0) {
            throw new ProblemException(422, ProblemTypes.VALIDATION_FAILED, "Import rejected",
                    errorCount[0] + " problem(s) in " + rows[0] + " row(s)" + (errorCount[0] > errors.size() ? " (the first " + errors.size() + " are listed)" : "")
                            + ". Nothing was written: fix the rows and import the whole file again.", null, errors);
        }
        if (rows[0] == 0) {
            throw ProblemException.invalidBody(List.of(new Problem.FieldError(null, "body", "has no data rows", "at least one observation")));
        }
        try (Statement lock = connection.createStatement()) {
            // Every write takes the data-version row first (a single-row write does, for its If-Match check); taking it
            // here, before the import's first row lock, keeps that order, so an import and a PUT cannot deadlock.
            lock.execute("select version from data_version where id = 1 for update");
        }
        ensurePeriods(connection, periods);
        long[] counts = new long[4]; // inserted (with restored), updated, unchanged, restored
        List<ImportReport.Change> changes = new ArrayList<>();
        boolean truncated = classify(connection, counts, changes);
        Long importId = null;
        Instant createdAt = Instant.now();
        if (!dryRun) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into import_run (actor, reason, format, rows, inserted, updated, unchanged, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?, 0) returning id, created_at""")) {
                insert.setString(1, who.name());
                insert.setString(2, reason);
                insert.setString(3, format.name());
                insert.setLong(4, rows[0]);
                insert.setLong(5, counts[0]);
                insert.setLong(6, counts[1]);
                insert.setLong(7, counts[2]);
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    importId = result.getLong(1);
                    createdAt = result.getTimestamp(2).toInstant();
                }
            }
            if (counts[0] + counts[1] > 0) {
                // Writing no rows would still fire the statement triggers that bump the data version (the ETags).
                write(connection, who.name(), reason, importId, counts[1] + counts[3] > 0, references,
                        periods.values().stream().map(PeriodCode::code).collect(java.util.stream.Collectors.toSet()));
            }
            long duration = (System.nanoTime() - started) / 1_000_000;
            try (PreparedStatement done = connection.prepareStatement("update import_run set duration_ms = ? where id = ?")) {
                done.setLong(1, duration);
                done.setLong(2, importId);
                done.executeUpdate();
            }
            audit.record(who, "POST", path, "import", importId.toString(), importId,
                    "imported " + rows[0] + " rows: " + counts[0] + " inserted, " + counts[1] + " updated, " + counts[2] + " unchanged");
        }
        return new ImportReport(importId, dryRun, createdAt, who.name(), reason, format.name(), rows[0], counts[0], counts[1], counts[2],
                (System.nanoTime() - started) / 1_000_000, changes, truncated);
    }

    private static Problem.FieldError error(ImportRow row, String column, String value, String allowed) {
        return new Problem.FieldError(row.row(), column, value == null ? "is missing" : "'" + value + "' is not allowed", allowed);
    }

    /**
     * A natural key twice in one file is ambiguous: every later row is reported with the first one. Grouped by hashing
     * (no sort of the whole file); duplicates are rare, so they are put in file order here.
     */
    private static void duplicates(Connection connection, List<Problem.FieldError> errors, long[] errorCount) throws SQLException {
        List<long[]> repeated = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("""
                     select array_agg(row_no) from import_rows
                     group by indicator_id, region_id, period_code, dim, mem having count(*) > 1""")) {
            while (result.next()) {
                Long[] rowNumbers = (Long[]) result.getArray(1).getArray();
                long first = java.util.Arrays.stream(rowNumbers).mapToLong(Long::longValue).min().orElseThrow();
                for (Long row : rowNumbers) {
                    if (row != first) {
                        repeated.add(new long[] {row, first});
                    }
                }
            }
        }
        repeated.sort(java.util.Comparator.comparingLong(pair -> pair[0]));
        for (long[] pair : repeated) {
            errorCount[0]++;
            if (errors.size() < MAX_ERRORS_LISTED) {
                errors.add(new Problem.FieldError(pair[0], "period_code", "same indicator, region, period and breakdown as row " + pair[1],
                        "one row per natural key"));
            }
        }
    }

    /** Adds the periods the file uses that do not exist yet; inserting none would still bump the data version. */
    private static void ensurePeriods(Connection connection, Map<String, PeriodCode> periods) throws SQLException {
        List<PeriodCode> used = periods.values().stream().filter(java.util.Objects::nonNull).distinct().toList();
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select code from period where code = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", used.stream().map(PeriodCode::code).toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    existing.add(result.getString(1));
                }
            }
        }
        List<PeriodCode> missing = used.stream().filter(period -> !existing.contains(period.code())).toList();
        if (missing.isEmpty()) {
            return;
        }
        // One statement, so the period table's statement trigger bumps the data version once, not once per period.
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into period (code, frequency, start_date, end_date)
                select code, frequency, start_date::date, end_date::date from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                    as p (code, frequency, start_date, end_date)
                on conflict (code) do nothing""")) {
            insert.setArray(1, connection.createArrayOf("text", missing.stream().map(PeriodCode::code).toArray()));
            insert.setArray(2, connection.createArrayOf("text", missing.stream().map(p -> p.frequency().name()).toArray()));
            insert.setArray(3, connection.createArrayOf("text", missing.stream().map(p -> p.start().toString()).toArray()));
            insert.setArray(4, connection.createArrayOf("text", missing.stream().map(p -> p.end().toString()).toArray()));
            insert.executeUpdate();
        }
    }

    /**
     * Looks every row up by natural key once, into the temporary table import_plan with what the row will do: insert, restore
     * (of a deleted observation; reported as an insert), update or unchanged. Counts them and lists the first changes.
     */
    private static boolean classify(Connection connection, long[] counts, List<ImportReport.Change> changes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The lateral subquery with offset 0 is not flattened, so each row probes the natural key index on indicator,
            // region and period. Flattened, the planner probed on indicator and region only and filtered the period out of
            // every row of the series: re-importing 100,000 rows it had just inserted took 25 s instead of 0.3 s.
            statement.execute("""
                    create temp table import_plan on commit drop as
                    select t.row_no, t.indicator_id, t.region_id, p.id as period_id, p.start_date as period_start, t.period_code,
                           t.dim, t.mem, t.value, t.status, t.footnote, t.source_id, o.id as observation_id,
                           case when o.id is null then 'insert'
                                when o.deleted_at is not null then 'restore'
                                when (o.value, o.status, o.footnote, o.source_id) is distinct from (t.value, t.status, t.footnote, t.source_id)
                                    then 'update'
                                else 'unchanged' end as action,
                           case when o.deleted_at is null then o.value end as value_before,
                           case when o.deleted_at is null then o.status end as status_before
                    from import_rows t
                    join period p on p.code = t.period_code
                    left join lateral (
                        select o.id, o.deleted_at, o.value, o.status, o.footnote, o.source_id from observation o
                        where o.indicator_id = t.indicator_id and o.region_id = t.region_id and o.period_id = p.id
                          and o.breakdown_dimension is not distinct from t.dim and o.breakdown_member is not distinct from t.mem
                        offset 0) o on true""");
            try (ResultSet result = statement.executeQuery("""
                    select count(*) filter (where action in ('insert', 'restore')), count(*) filter (where action = 'update'),
                           count(*) filter (where action = 'unchanged'), count(*) filter (where action = 'restore')
                    from import_plan""")) {
                result.next();
                counts[0] = result.getLong(1);
                counts[1] = result.getLong(2);
                counts[2] = result.getLong(3);
                counts[3] = result.getLong(4);
            }
            if (counts[0] + counts[1] == 0) {
                return false;
            }
            try (PreparedStatement first = connection.prepareStatement("""
                    select c.row_no, case when c.action = 'update' then 'update' else 'insert' end, i.code, r.code, c.period_code,
                           case when c.dim is null then null else c.dim || ':' || c.mem end, c.value_before, c.status_before, c.value, c.status
                    from import_plan c
                    join indicator i on i.id = c.indicator_id
                    join region r on r.id = c.region_id
                    where c.action <> 'unchanged'
                    order by c.row_no
                    limit ?""")) {
                first.setInt(1, MAX_CHANGES_LISTED);
                try (ResultSet result = first.executeQuery()) {
                    while (result.next()) {
                        changes.add(new ImportReport.Change(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                                result.getString(5), result.getString(6), result.getBigDecimal(7), result.getString(8), result.getBigDecimal(9),
                                result.getString(10)));
                    }
                }
            }
        }
        return counts[0] + counts[1] > MAX_CHANGES_LISTED;
    }

    /**
     * Writes the inserted and changed rows and their revisions. The revision trigger is not entered while app.bulk is on
     * (V10), so this does its work set-based: one INSERT of the new rows, one UPDATE of the changed and restored ones
     * (classify looked every row up under the import's locks, so no upsert is needed), one UPDATE closing the open
     * versions of the observations it updated, then one INSERT of their new versions, as observation_record_version would
     * have written them row by row (a row the look-up found deleted is a 'restore').
     * <p>
     * Where the database role may set session_replication_role (a superuser, or PostgreSQL 15's GRANT SET ON PARAMETER),
     * the two INSERTs run as a replica would, without the foreign-key triggers: those checked every row again, one query
     * each, and took about half of a large import. {@link #lockReferences} makes the same check first, set-based, and
     * takes the same row locks the triggers would, so the references are as safe; observation_bumps_version fires in
     * replica mode too (V11). Without the privilege the same statements run with the triggers.
     */
    private static void write(Connection connection, String actor, String reason, long importId, boolean changesExisting, References references,
                              Set<String> periodCodes) throws SQLException {
        boolean bulkLoad;
        try (PreparedStatement settings = connection.prepareStatement("""
                select set_config('app.actor', ?, true), set_config('app.reason', ?, true), set_config('app.import_id', ?, true),
                       set_config('app.bulk', 'on', true),
                       current_setting('is_superuser') = 'on' or has_parameter_privilege('session_replication_role', 'SET')""")) {
            settings.setString(1, actor);
            settings.setString(2, reason);
            settings.setString(3, Long.toString(importId));
            try (ResultSet result = settings.executeQuery()) {
                result.next();
                bulkLoad = result.getBoolean(5);
            }
        }
        lockReferences(connection, references, periodCodes);
        try (Statement statement = connection.createStatement()) {
            replicaMode(statement, bulkLoad);
            statement.execute("""
                    create temp table import_written on commit drop as
                    with written as (
                        insert into observation (indicator_id, region_id, period_id, period_start, breakdown_dimension, breakdown_member,
                                                 value, status, footnote, source_id)
                        select c.indicator_id, c.region_id, c.period_id, c.period_start, c.dim, c.mem, c.value, c.status, c.footnote, c.source_id
                        from import_plan c
                        where c.action = 'insert'
                        returning id, true as inserted, value, status, footnote, source_id)
                    select * from written""");
            replicaMode(statement, false);
            if (changesExisting) {
                statement.executeUpdate("""
                        with written as (
                            update observation o
                            set value = c.value, status = c.status, footnote = c.footnote, source_id = c.source_id, deleted_at = null,
                                updated_at = now()
                            from import_plan c
                            where c.action in ('update', 'restore') and o.id = c.observation_id
                            returning o.id, false as inserted, o.value, o.status, o.footnote, o.source_id)
                        insert into import_written select * from written""");
                // Closed before the new versions are inserted: observation_version_open_idx allows one open version per observation.
                statement.executeUpdate("""
                        update observation_version v set valid_to = now()
                        from import_written w
                        where not w.inserted and v.observation_id = w.id and v.valid_to is null""");
            }
            // Its references are the observations just written and the import_run row of this import.
            replicaMode(statement, bulkLoad);
            statement.executeUpdate("""
                    insert into observation_version (observation_id, value, status, footnote, source_id, deleted, valid_from, changed_by, reason,
                                                     import_id, operation)
                    select w.id, w.value, w.status, w.footnote, w.source_id, false, now(),
                           coalesce(nullif(current_setting('app.actor', true), ''), 'seed'), nullif(current_setting('app.reason', true), ''),
                           nullif(current_setting('app.import_id', true), '')::bigint,
                           case when w.inserted then 'insert' when c.observation_id is not null then 'restore' else 'update' end
                    from import_written w
                    left join import_plan c on c.observation_id = w.id and c.action = 'restore'""");
            replicaMode(statement, false);
            statement.execute("select set_config('app.bulk', 'off', true)");
        }
    }

    private static void replicaMode(Statement statement, boolean on) throws SQLException {
        statement.execute("select set_config('session_replication_role', '" + (on ? "replica" : "origin") + "', true)");
    }

    /** The catalogue rows a file's rows refer to, collected while it streams in. */
    record References(Set<Integer> indicators, Set<Integer> regions, Set<String> sources, Set<String> breakdowns) {
    }

    /**
     * What the foreign keys of the written rows check, once per referenced row instead of once per written row: every
     * indicator, region, period, source and breakdown member the file uses still exists, locked FOR KEY SHARE as a
     * foreign-key check locks it, so that no one can delete it before the import commits. The file was validated against
     * the catalogue read at its start; a row deleted since (by a writer that did not wait for the import) fails it here.
     */
    private static void lockReferences(Connection connection, References references, Set<String> periodCodes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select (select count(*) from (select from indicator where id = any(?) for key share) i),
                       (select count(*) from (select from region where id = any(?) for key share) r),
                       (select count(*) from (select from period where code = any(?) for key share) p),
                       (select count(*) from (select from source where id = any(?) for key share) s),
                       (select count(*) from (select from breakdown_member where dimension_code || ':' || code = any(?) for key share) b)""")) {
            statement.setArray(1, connection.createArrayOf("integer", references.indicators().toArray()));
            statement.setArray(2, connection.createArrayOf("integer", references.regions().toArray()));
            statement.setArray(3, connection.createArrayOf("text", periodCodes.toArray()));
            statement.setArray(4, connection.createArrayOf("text", references.sources().toArray()));
            statement.setArray(5, connection.createArrayOf("text", references.breakdowns().toArray()));
            List<String> missing = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                String[] kinds = {"indicator", "region", "period", "source", "breakdown member"};
                int[] expected = {references.indicators().size(), references.regions().size(), periodCodes.size(),
                        references.sources().size(), references.breakdowns().size()};
                for (int n = 0; n < kinds.length; n++) {
                    if (result.getLong(n + 1) != expected[n]) {
                        missing.add(kinds[n]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new ProblemException(409, ProblemTypes.CONFLICT, "Conflicting change",
                        "The file uses a " + String.join(", ", missing) + " that another writer deleted while it was being imported. "
                                + "Nothing was written: import the file again to see which rows are affected.", null);
            }
        }
    }

    /** The codes an import may use, read once per import. */
    record Catalogue(Map<String, Integer> indicators, Map<String, Integer> regions, Set<String> sources, Set<String> breakdowns) {
        static Catalogue read(Connection connection) throws SQLException {
            Map<String, Integer> indicators = new HashMap<>();
            Map<String, Integer> regions = new HashMap<>();
            Set<String> sources = new HashSet<>();
            Set<String> breakdowns = new HashSet<>();
            try (Statement s = connection.createStatement()) {
                try (ResultSet r = s.executeQuery("select code, id from indicator")) {
                    while (r.next()) {
                        indicators.put(r.getString(1), r.getInt(2));
                    }
                }
                try (ResultSet r = s.executeQuery("select code, slug, id from region")) {
                    while (r.next()) {
                        regions.put(r.getString(1), r.getInt(3));
                        regions.put(r.getString(2), r.getInt(3));
                    }
                }
                try (ResultSet r = s.executeQuery("select id from source")) {
                    while (r.next()) {
                        sources.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select dimension_code || ':' || code from breakdown_member")) {
                    while (r.next()) {
                        breakdowns.add(r.getString(1));
                    }
                }
            }
            return new Catalogue(indicators, regions, sources, breakdowns);
        }
    }

    public java.util.Optional<ImportReport> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, created_at, actor, reason, format, rows, inserted, updated, unchanged, duration_ms from import_run where id = :id""")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new ImportReport(((Number) r[0]).longValue(), false, kz.creativeeconomy.common.Times.instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), null, false));
    }
}
