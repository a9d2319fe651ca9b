package kz.creativeeconomy.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;

/**
 * Applies an import's plan: writes the new and changed observations and their revisions, set-based. The revision
 * trigger is not entered while app.bulk is on (V10), so this writes what observation_record_version would have written
 * row by row, in at most three statements however long the file is:
 * <ol>
 * <li>one UPDATE closing the open version of every observation the plan updates or restores (first:
 * observation_version_open_idx allows one open version per observation);</li>
 * <li>one UPDATE of those observations, whose RETURNING feeds one INSERT of their new versions ('update' or 'restore');</li>
 * <li>one INSERT of the new observations, whose RETURNING feeds one INSERT of their first versions.</li>
 * </ol>
 * classify looked every row up under the import's locks (no other writer runs meanwhile), so no upsert is needed, and
 * the rows the plan updates are exactly the ones whose versions are closed. The written rows go straight from RETURNING
 * into observation_version, without a temporary table between them.
 * <p>
 * Where the database role may set session_replication_role (a superuser, or PostgreSQL 15's GRANT SET ON PARAMETER), the
 * writing statements run as a replica would, without the foreign-key triggers: those checked every row again, one query
 * each, and took about half of a large import. {@link #lockReferences} makes the same check first, set-based, and takes
 * the same row locks the triggers would, so the references are as safe; observation_bumps_version fires in replica mode
 * too (V11). Without the privilege the same statements run with the triggers. A statement runs only when it has rows to
 * write: an empty one would still fire the statement trigger that bumps the data version (the ETags).
 */
final class PlanWriter {

    /** The columns of a new version, from the RETURNING rows w (id, value, status, footnote, source_id, operation). */
    private static final String NEW_VERSIONS = """
            insert into observation_version (observation_id, value, status, footnote, source_id, deleted, valid_from, changed_by, reason,
                                             import_id, operation)
            select w.id, w.value, w.status, w.footnote, w.source_id, false, now(),
                   coalesce(nullif(current_setting('app.actor', true), ''), 'seed'), nullif(current_setting('app.reason', true), ''),
                   nullif(current_setting('app.import_id', true), '')::bigint, w.operation
            from written w""";

    private PlanWriter() {
    }

    static void write(Connection connection, ImportPlan plan, String actor, String reason, long importId, RowValidator.References references,
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
            if (plan.changesExisting()) {
                statement.executeUpdate("""
                        update observation_version v set valid_to = now()
                        from import_plan c
                        where c.action in ('update', 'restore') and v.observation_id = c.observation_id and v.valid_to is null""");
                replicaMode(statement, bulkLoad);
                statement.executeUpdate("""
                        with written as (
                            update observation o
                            set value = c.value, status = c.status, footnote = c.footnote, source_id = c.source_id, deleted_at = null,
                                updated_at = now()
                            from import_plan c
                            where c.action in ('update', 'restore') and o.id = c.observation_id
                            returning o.id, o.value, o.status, o.footnote, o.source_id, c.action as operation)
                        """ + NEW_VERSIONS);
                replicaMode(statement, false);
            }
            if (plan.inserted() - plan.restored() > 0) {
                replicaMode(statement, bulkLoad);
                statement.executeUpdate("""
                        with written as (
                            insert into observation (indicator_id, region_id, period_id, period_start, breakdown_dimension, breakdown_member,
                                                     value, status, footnote, source_id)
                            select c.indicator_id, c.region_id, c.period_id, c.period_start, c.dim, c.mem, c.value, c.status, c.footnote, c.source_id
                            from import_plan c
                            where c.action = 'insert'
                            returning id, value, status, footnote, source_id, 'insert' as operation)
                        """ + NEW_VERSIONS);
                replicaMode(statement, false);
            }
            statement.execute("select set_config('app.bulk', 'off', true)");
        }
    }

    private static void replicaMode(Statement statement, boolean on) throws SQLException {
        statement.execute("select set_config('session_replication_role', '" + (on ? "replica" : "origin") + "', true)");
    }

    /**
     * What the foreign keys of the written rows check, once per referenced row instead of once per written row: every
     * indicator, region, period, source and breakdown member the file uses still exists, locked FOR KEY SHARE as a
     * foreign-key check locks it, so that no one can delete it before the import commits. The file was validated against
     * the catalogue read at its start; a row deleted since (by a writer that did not wait for the import) fails it here.
     */
    private static void lockReferences(Connection connection, RowValidator.References references, Set<String> periodCodes) throws SQLException {
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
}
