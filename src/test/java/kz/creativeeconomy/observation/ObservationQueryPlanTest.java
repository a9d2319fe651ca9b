package kz.creativeeconomy.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Listing observations costs a fixed number of statements, and its filters are served by indexes. */
@QuarkusTest
class ObservationQueryPlanTest {

    @Inject
    kz.creativeeconomy.support.Statements statements;

    @Inject
    EntityManager entityManager;
    @Inject
    ObservationService observations;
    @Inject
    io.agroal.api.AgroalDataSource primary;

    private long statementsFor(String url) {
        return statements.during(url);
    }

    @Test
    void statementCountDoesNotGrowWithPageSize() {
        statementsFor("/v1/observations?limit=1"); // loads the catalogue of the current data version, if a test changed it
        long one = statementsFor("/v1/observations?limit=1&indicator=creative-gva&region=east-kazakhstan,astana");
        long many = statementsFor("/v1/observations?limit=1000&indicator=creative-gva&region=east-kazakhstan,astana");
        long all = statementsFor("/v1/observations?limit=1000");
        assertEquals(one, many, "a bigger page must not issue more statements (N+1)");
        assertEquals(1, all, "an unfiltered page is one statement: names, units and sources come from the in-memory catalogue");
    }

    static List<ObservationQuery> filterCombinations() {
        List<Integer> none = List.of();
        return List.of(
                new ObservationQuery(List.of(1), none, List.of(), null, null, List.of(), List.of(), false, List.of(), List.of(), null, 100),
                new ObservationQuery(none, List.of(1), List.of(), null, null, List.of(), List.of(), false, List.of(), List.of(), null, 100),
                new ObservationQuery(List.of(1), List.of(1, 2), List.of(), java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2021, 12, 31),
                        List.of(), List.of(), false, List.of(), List.of(), null, 100),
                new ObservationQuery(List.of(1), none, List.of(), null, null, List.of(), List.of(), false, List.of(), List.of(),
                        List.of("1", "1", "2019-01-01", "5"), 100));
    }

    @Test
    void indicatorAndRegionFiltersUseAnIndexNotASequentialScan() {
        for (ObservationQuery query : filterCombinations()) {
            String plan = explain(observations.sqlOf(query, query.limit() + 1));
            assertFalse(plan.contains("Seq Scan on observation"), "observation is scanned sequentially:\n" + plan);
        }
    }

    /**
     * A page's statement is prepared once per connection and then run on PostgreSQL's generic plan, planned once: the
     * page size is written into the statement, never bound as a parameter. With LIMIT $n PostgreSQL cannot cost the
     * generic plan and plans every execution again (at 10 million observations about 0.5 ms, more than running it).
     */
    @Test
    void aPageStatementBindsFilterValuesButNotItsLimit() {
        for (ObservationQuery query : filterCombinations()) {
            Map.Entry<String, Map<String, Object>> sql = observations.sqlOf(query, query.limit() + 1);
            assertTrue(sql.getKey().endsWith(" limit " + (query.limit() + 1)), sql.getKey());
            assertFalse(sql.getKey().contains(":limit") || sql.getValue().containsKey("limit"), sql.getKey());
        }
    }

    /**
     * An as_of page is planned for its own values every time: the driver never prepares it on the server, where after five
     * executions PostgreSQL would switch to a generic plan blind to the regions asked for. A current page, run as often
     * on the same connection, is prepared there (which also shows the check looks at the connection the service used).
     */
    @Test
    void anAsOfPageIsNeverPreparedOnTheServerWhileACurrentPageIs() throws Exception {
        ObservationQuery current = filterCombinations().get(1);
        ObservationQuery asOf = current.withAsOf(java.time.Instant.now());
        for (int n = 0; n < 12; n++) {
            observations.page(current);
            observations.page(asOf);
        }
        // Agroal hands a thread the connection it last returned, so this is the one both pages ran on.
        try (java.sql.Connection connection = primary.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet prepared = statement.executeQuery("select statement from pg_prepared_statements")) {
            List<String> statements = new java.util.ArrayList<>();
            while (prepared.next()) {
                statements.add(prepared.getString(1));
            }
            assertTrue(statements.stream().anyMatch(sql -> sql.contains("from observation o") && !sql.contains("observation_version")),
                    "the current page was not prepared on this connection: " + statements);
            assertFalse(statements.stream().anyMatch(sql -> sql.contains("join observation_version v")),
                    "an as_of page was prepared on the server: " + statements);
        }
    }

    /**
     * An export of totals (breakdown=none) walks the index of totals in the order it promises: no sort of the whole
     * result before the first row, and no breakdown rows read only to be dropped.
     */
    @Test
    void aTotalsExportStreamsFromTheTotalsIndexWithoutSorting() {
        List<Integer> none = List.of();
        for (ObservationQuery query : List.of(
                new ObservationQuery(none, none, List.of(), null, null, List.of(), List.of(), true, List.of(), List.of(), null, 100),
                new ObservationQuery(List.of(1, 2, 3), none, List.of(), null, null, List.of(), List.of(), true, List.of(), List.of(), null, 100))) {
            String plan = explain(observations.exportSqlOf(query));
            assertTrue(plan.contains("Index Scan using observation_total_order_idx on observation"), "not the totals index:\n" + plan);
            assertFalse(plan.contains("Sort"), "the export sorts before its first row:\n" + plan);
        }
    }

    private String explain(Map.Entry<String, Map<String, Object>> sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            Query explain = entityManager.createNativeQuery("explain " + sql.getKey());
            sql.getValue().forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<String> lines = explain.getResultList();
            return String.join("\n", lines);
        });
    }
}
