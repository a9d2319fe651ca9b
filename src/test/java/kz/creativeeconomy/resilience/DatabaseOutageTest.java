package kz.creativeeconomy.resilience;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import kz.creativeeconomy.support.OutageDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The database stops, crashes and comes back while the service runs (issue 17, points 1 and 7). */
@QuarkusTest
@TestProfile(OutageProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    @Inject
    Keys keys;

    @Test
    @Order(1)
    void anAcknowledgedWriteSurvivesAKillOfTheDatabaseRightAfterIt() throws Exception {
        try (Connection connection = OutageDatabase.connect(); Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"synchronous_commit", "fsync", "full_page_writes"}) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    assertEquals("on", value.getString(1), setting + " of the embedded database");
                }
            }
        }
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body(Map.of("id", "crash-test", "locator", "Table 1", "title", "Written just before the crash", "publisher", "Test",
                        "url", "https://example.org/crash", "accessed_on", "2025-01-15", "reason", "test: durability"))
                .post("/v1/sources").then().statusCode(201);
        OutageDatabase.crashServer();
        OutageDatabase.startServer();
        Outages.awaitReady(15_000);
        Api.given().get("/v1/sources/crash-test").then().statusCode(200).body("title", equalTo("Written just before the crash"));
    }

    @Test
    @Order(2)
    void withTheDatabaseStoppedCachedReadsAreServedStaleOthersAnswer503AndRecoveryNeedsNoRestart() {
        String cached = "/v1/regions";
        Api.given().get(cached).then().statusCode(200);
        Response fresh = Api.given().get(cached).then().statusCode(200).extract().response();
        assertNull(fresh.header("Warning"));
        String uncached = "/v1/indicators?limit=7";
        Api.given().get("/v1/observations?region=east-kazakhstan&limit=1").then().statusCode(200); // the codes it knows, in memory

        OutageDatabase.stopServer();
        try {
            long stopped = System.nanoTime();
            Outages.awaitNotReady(1_000);
            assertTrue(Outages.millisSince(stopped) < 1_000, "readiness said DOWN after " + Outages.millisSince(stopped) + " ms");

            Response stale = Api.raw().get(cached).then().statusCode(200).extract().response();
            assertEquals(fresh.asString(), stale.asString());
            assertEquals(fresh.header("ETag"), stale.header("ETag"));
            assertEquals("111 - \"Revalidation Failed\"", stale.header("Warning"));
            assertNotNull(stale.header("Age"));
            assertTrue(stale.header("Cache-Control").contains("stale-if-error="), stale.header("Cache-Control"));
            Api.raw().header("If-None-Match", fresh.header("ETag")).get(cached).then().statusCode(304)
                    .header("Warning", startsWith("111"));

            long asked = System.nanoTime();
            Response unavailable = Api.raw().get(uncached).then().extract().response();
            assertTrue(Outages.millisSince(asked) < 2_000, "503 after " + Outages.millisSince(asked) + " ms");
            Outages.assertUnavailable(unavailable);
            unavailable.then().body("detail", containsString("cannot be reached"));
            // A bad parameter is still the client's to fix: a 400 (without the "did you mean" the database would give).
            Api.raw().get("/v1/observations?region=east-kazakstan").then().statusCode(400)
                    .body("invalid_params[0].reason", equalTo("unknown region 'east-kazakstan'"));
        } finally {
            OutageDatabase.startServer();
        }
        long started = System.nanoTime();
        Outages.awaitReady(5_000);
        assertTrue(Outages.millisSince(started) < 2_000, "ready again after " + Outages.millisSince(started) + " ms");
        Api.given().get(uncached).then().statusCode(200);
        Response again = Api.given().get(cached).then().statusCode(200).extract().response();
        assertNull(again.header("Warning"));
        assertEquals(fresh.header("Cache-Control"), again.header("Cache-Control"));
    }

    @Test
    @Order(3)
    void aKilledDatabaseIsDownForReadinessAnd503ForReadsUntilItIsBack() {
        OutageDatabase.crashServer();
        try {
            Outages.awaitNotReady(1_000);
            long asked = System.nanoTime();
            Response unavailable = Api.raw().get("/v1/events?limit=3").then().extract().response();
            assertTrue(Outages.millisSince(asked) < 2_000, "503 after " + Outages.millisSince(asked) + " ms");
            Outages.assertUnavailable(unavailable);
        } finally {
            OutageDatabase.startServer();
        }
        Outages.awaitReady(5_000);
        Api.given().get("/v1/events?limit=3").then().statusCode(200);
    }

    @Test
    @Order(4)
    void aProbeAnsweredLateIsNotAnOutageButAStalledServerIs() throws Exception {
        Outages.awaitReady(5_000);
        long backend;
        try (Connection connection = OutageDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet probe = statement.executeQuery("select pid from pg_stat_activity where application_name = 'creative-economy-probe'")) {
            assertTrue(probe.next(), "the probe's session");
            backend = probe.getLong(1);
        }
        // The probe's own backend stops answering for longer than the probe's timeout (500 ms), as when a saturated
        // machine delays its answer; the server itself answers new connections. Readiness must not flap.
        try {
            OutageDatabase.signal("STOP", List.of(backend));
            long frozen = System.nanoTime();
            while (Outages.millisSince(frozen) < 1_500) {
                assertEquals(200, Outages.readiness(), "readiness after the probe's session froze for " + Outages.millisSince(frozen) + " ms");
                Thread.sleep(20);
            }
        } finally {
            OutageDatabase.signal("CONT", List.of(backend));
        }
        // Every process of the server frozen: connections are accepted by the kernel and never answered.
        List<Long> server = OutageDatabase.serverProcesses();
        try {
            OutageDatabase.signal("STOP", server);
            long stalled = System.nanoTime();
            Outages.awaitNotReady(3_000);
            assertTrue(Outages.millisSince(stalled) < 2_500, "readiness said DOWN after " + Outages.millisSince(stalled) + " ms");
        } finally {
            OutageDatabase.signal("CONT", server);
        }
        Outages.awaitReady(5_000);
        Api.given().get("/v1/events?limit=3").then().statusCode(200);
    }
}
