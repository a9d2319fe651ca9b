package kz.creativeeconomy.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** Imports are serialised: two at once end as one of them, and a concurrent delete makes one a conflict. */
@QuarkusTest
class ImportConcurrencyTest {

    @Inject
    Keys keys;
    @Inject
    DataSource dataSource;

    @Test
    void concurrentImportsOfTheSameKeysEndAsOneOfThemNeverAMix() throws Exception {
        String a = Imports.rows("2057", 40, "1");
        String b = Imports.rows("2057", 40, "7");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                String csv = n % 2 == 0 ? a : b;
                results.add(pool.submit(() -> Imports.post(keys, csv, false).statusCode()));
            }
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdown();
        }
        List<String> values = Api.given().queryParam("region", "ust-kamenogorsk").queryParam("from", "2057").queryParam("to", "2060")
                .queryParam("limit", 1000).get("/v1/observations").then().statusCode(200).extract().jsonPath().getList("items.value")
                .stream().map(String::valueOf).toList();
        assertEquals(40, values.size());
        Set<Character> prefixes = values.stream().map(v -> v.charAt(0)).collect(Collectors.toSet());
        assertEquals(1, prefixes.size(), "a mix of two imports: " + values);
        assertTrue(prefixes.contains('1') || prefixes.contains('7'));
    }

    /**
     * The import checks what the foreign keys check once per referenced row, and holds it: a region deleted by a writer
     * that did not wait for the import (here plain SQL, holding its delete open until the import queues behind it) makes
     * the import a 409 that writes nothing, never observations of a region that no longer exists.
     */
    @Test
    void aRegionDeletedWhileTheFileIsImportedMakesItAConflictThatWritesNothing() throws Exception {
        String slug = "import-race-" + System.nanoTime();
        try (Connection setup = dataSource.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("insert into region (code, slug, name_en, level) values ('" + slug + "', '" + slug + "', 'Race', 'district')");
        }
        String csv = Imports.rows("2071", 3, "4").replace(",631010000,", "," + slug + ",");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection deleter = dataSource.getConnection(); Statement statement = deleter.createStatement()) {
            deleter.setAutoCommit(false);
            statement.execute("delete from region where slug = '" + slug + "'");
            Future<ExtractableResponse<Response>> imported = pool.submit(() -> Imports.post(keys, csv, false));
            long deadline = System.currentTimeMillis() + 20_000;
            while (!imported.isDone() && !importWaitsForALock(statement) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            deleter.commit();
            ExtractableResponse<Response> response = imported.get();
            assertEquals(409, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertTrue(response.asString().contains("region"), response.asString());
        } finally {
            pool.shutdown();
        }
        try (Connection check = dataSource.getConnection(); Statement statement = check.createStatement();
             ResultSet orphans = statement.executeQuery("select count(*) from observation o where not exists (select from region r where r.id = o.region_id)")) {
            orphans.next();
            assertEquals(0, orphans.getLong(1));
        }
    }

    private static boolean importWaitsForALock(Statement statement) throws SQLException {
        try (ResultSet waiting = statement.executeQuery("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()""")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }
}
