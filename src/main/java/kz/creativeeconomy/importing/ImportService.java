package kz.creativeeconomy.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.http.writes.WriteRequests;
import kz.creativeeconomy.period.PeriodCode;
import org.hibernate.Session;

/**
 * Loads a file of observations atomically, in one transaction, in four steps: parse ({@link ImportReader}), validate
 * ({@link RowValidator}) while the file streams into a temporary table with COPY ({@link StagingTable}), look every row up
 * once by natural key ({@link ImportPlan}), and write the new and changed rows and their revisions with a few set-based
 * statements ({@link PlanWriter}); or a problem listing every bad row writes none. Imports are serialised by an advisory
 * lock, so two imports of the same keys end as one of them, never a mix.
 */
@ApplicationScoped
public class ImportService {

    private static final long IMPORT_LOCK = 727_001L;
    private static final String IMPORT_WORK_MEM = "64MB";

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
            // work_mem: the import's sorts and hashes (the plan's order, the change feed's rows) stay in memory instead of
            // spilling to disk at the default 4MB; set for the import's transaction only.
            try (PreparedStatement timeout = connection.prepareStatement(
                    "select set_config('statement_timeout', ?, true), set_config('work_mem', '" + IMPORT_WORK_MEM + "', true)")) {
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
        StagingTable.create(connection);
        RowValidator validator = new RowValidator(RowValidator.Catalogue.read(connection));
        StagingTable.load(connection, body, format, validator);
        StagingTable.reportDuplicates(connection, validator);
        validator.rejectIfInvalid();
        long rows = validator.rows();
        try (Statement lock = connection.createStatement()) {
            // Every write takes the data-version row first (a single-row write does, for its If-Match check); taking it
            // here, before the import's first row lock, keeps that order, so an import and a PUT cannot deadlock.
            lock.execute("select version from data_version where id = 1 for update");
        }
        ImportPlan.ensurePeriods(connection, validator.periods());
        ImportPlan plan = ImportPlan.classify(connection);
        Long importId = null;
        Instant createdAt = Instant.now();
        if (!dryRun) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into import_run (actor, reason, format, rows, inserted, updated, unchanged, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?, 0) returning id, created_at""")) {
                insert.setString(1, who.name());
                insert.setString(2, reason);
                insert.setString(3, format.name());
                insert.setLong(4, rows);
                insert.setLong(5, plan.inserted());
                insert.setLong(6, plan.updated());
                insert.setLong(7, plan.unchanged());
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    importId = result.getLong(1);
                    createdAt = result.getTimestamp(2).toInstant();
                }
            }
            if (plan.writesAnything()) {
                // A file in which every row is unchanged writes no observation, so the data version (the ETags) stays.
                PlanWriter.write(connection, plan, who.name(), reason, importId, validator.references(),
                        validator.periods().values().stream().map(PeriodCode::code).collect(Collectors.toSet()));
            }
            long duration = (System.nanoTime() - started) / 1_000_000;
            try (PreparedStatement done = connection.prepareStatement("update import_run set duration_ms = ? where id = ?")) {
                done.setLong(1, duration);
                done.setLong(2, importId);
                done.executeUpdate();
            }
            audit.record(who, "POST", path, "import", importId.toString(), importId,
                    "imported " + rows + " rows: " + plan.inserted() + " inserted, " + plan.updated() + " updated, " + plan.unchanged() + " unchanged");
        }
        return new ImportReport(importId, dryRun, createdAt, who.name(), reason, format.name(), rows, plan.inserted(), plan.updated(),
                plan.unchanged(), (System.nanoTime() - started) / 1_000_000, plan.changes(), plan.changesTruncated());
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
