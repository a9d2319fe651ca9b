package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads on a replica (issue 21.3) with a real streaming replica: a Debian PostgreSQL 15 primary, a hot standby made
 * from it with pg_basebackup -R, and the packaged service with DB_URL on the primary and DB_READ_URL on the standby.
 * Pausing the standby's replay makes the two databases tell apart: a row written through the service is on the
 * primary only, so whether a request sees it says which database answered.
 */
class ReadReplicaIT {

    private static LocalPostgres primary;
    private static LocalPostgres standby;
    private static AppProcess app;
    private static String editorKey;

    @BeforeAll
    static void start() {
        primary = LocalPostgres.primaryWhereInstalled("replica-primary");
        standby = primary.standby("replica-standby");
        app = AppProcess.start("read-replica", Map.of("DB_URL", primary.jdbcUrl(), "DB_READ_URL", standby.jdbcUrl()));
        editorKey = AppProcess.apiKey(primary.jdbcUrl(), "editor");
    }

    @AfterAll
    static void stop() {
        AppProcess.closeAll(app, standby, primary);
    }

    @Test
    void anonymousReadsComeFromTheReplicaAndEditorsReadThePrimary() {
        awaitReplicaUp();
        pauseReplay();
        try {
            String id = createSource("paused");
            assertEquals(404, app.get("/v1/sources/" + id).statusCode(),
                    "an anonymous read answered from the primary: the row exists only there while the replica's replay is paused");
            assertEquals(200, app.get("/v1/sources/" + id, "Authorization", "Bearer " + editorKey).statusCode(),
                    "a request with credentials must read the primary");
        } finally {
            standby.execute("select pg_wal_replay_resume()");
        }
    }

    @Test
    void readsFallBackToThePrimaryWithinTwoSecondsAndReturnWhenTheReplicaIsBack() {
        awaitReplicaUp();
        pauseReplay();
        String id = createSource("failover");
        assertEquals(404, app.get("/v1/sources/" + id).statusCode(), "read from the paused replica first");

        standby.kill();
        long stopped = System.nanoTime();
        AppProcess.sleep(2000);
        // From two seconds after the replica's loss, every read is answered, from the primary (it has the row).
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(app.get("/v1/sources/" + id).statusCode());
            statuses.add(app.get("/v1/regions").statusCode());
        }
        assertTrue(statuses.stream().allMatch(status -> status == 200),
                "reads " + (System.nanoTime() - stopped) / 1_000_000 + " ms after the replica stopped: " + statuses);
        assertTrue(metrics().contains("db_read_replica_up 0.0"), "the gauge says reads fell back");

        standby.start();
        awaitReplicaUp();
        pauseReplay();
        try {
            String later = createSource("back");
            assertEquals(404, app.get("/v1/sources/" + later).statusCode(), "reads went back to the replica");
        } finally {
            standby.execute("select pg_wal_replay_resume()");
        }
    }

    /** Stops the standby's replay and waits until it has stopped (a pause is only requested at first). */
    private static void pauseReplay() {
        standby.execute("select pg_wal_replay_pause()");
        for (int i = 0; i < 100; i++) {
            if ("paused".equals(standby.queryOne("select pg_get_wal_replay_pause_state()"))) {
                return;
            }
            AppProcess.sleep(50);
        }
        throw new AssertionError("the standby's replay did not pause");
    }

    private static void awaitReplicaUp() {
        for (int i = 0; i < 100 && !metrics().contains("db_read_replica_up 1.0"); i++) {
            AppProcess.sleep(100);
        }
        assertTrue(metrics().contains("db_read_replica_up 1.0"), "the service sees the replica");
    }

    private static String metrics() {
        return app.get("/q/metrics").body();
    }

    private static String createSource(String name) {
        String id = "it-" + name + "-" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = app.postSource(editorKey, id, "test: read replica");
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }
}
