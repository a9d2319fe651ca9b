package kz.creativeeconomy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged service on one PostgreSQL (issue 21.4 and 21.5): they agree on ETags, a write through
 * one is visible through the other within a second, and one of them stopped with SIGTERM behind nginx while requests
 * keep coming costs no request. The last test stops instance A, so the order is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalPostgres database;
    private static AppProcess a;
    private static AppProcess b;
    private static String editorKey;

    @BeforeAll
    static void start() {
        database = LocalPostgres.primaryWhereInstalled("two-instances");
        // A migrates the schema first; B finds it done. B logs JSON, as in Kubernetes.
        a = AppProcess.start("instance-a", Map.of("DB_URL", database.jdbcUrl(), "SHUTDOWN_DELAY", "2S"));
        b = AppProcess.start("instance-b", Map.of("DB_URL", database.jdbcUrl(), "LOG_JSON", "true"));
        editorKey = AppProcess.apiKey(database.jdbcUrl(), "editor");
    }

    @AfterAll
    static void stop() {
        AppProcess.closeAll(a, b, database);
    }

    @Test
    @Order(1)
    void bothInstancesGiveTheSameEtagForTheSameRequestAndHost() {
        for (String path : List.of("/v1/regions", "/v1/indicators?lang=ru", "/v1/observations?limit=5", "/v1/sources")) {
            String[] headers = {"Host", "data.example.org", "Accept", "application/json"};
            HttpResponse<String> fromA = a.get(path, headers);
            HttpResponse<String> fromB = b.get(path, headers);
            assertEquals(200, fromA.statusCode(), path);
            String etag = fromA.headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, fromB.headers().firstValue("ETag").orElseThrow(), path);
            assertEquals(fromA.body(), fromB.body(), path);
            // Either instance confirms the other's copy.
            assertEquals(304, b.get(path, "Host", "data.example.org", "Accept", "application/json", "If-None-Match", etag).statusCode());
        }
    }

    @Test
    @Order(2)
    void aWriteThroughOneInstanceIsVisibleThroughTheOtherWithinASecond() {
        String[] sameHost = {"Host", "data.example.org"};
        String before = b.get("/v1/sources", sameHost).headers().firstValue("ETag").orElseThrow();
        String id = "two-instances-" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = a.postSource(editorKey, id, "test: coherent instances");
        assertEquals(201, created.statusCode(), created.body());
        long written = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - written < TimeUnit.SECONDS.toNanos(3) && (status = b.get("/v1/sources/" + id).statusCode()) != 200) {
            AppProcess.sleep(10);
        }
        long visibleAfterMillis = (System.nanoTime() - written) / 1_000_000;
        assertEquals(200, status, "the new source through B");
        assertTrue(visibleAfterMillis < 1000, "visible through B after " + visibleAfterMillis + " ms");
        String after = b.get("/v1/sources", sameHost).headers().firstValue("ETag").orElseThrow();
        assertTrue(!after.equals(before), "B's ETag changed with the data");
        assertEquals(after, a.get("/v1/sources", sameHost).headers().firstValue("ETag").orElseThrow(), "and agrees with A's");
    }

    @Test
    @Order(3)
    void withLogJsonEveryLineIsAJsonObjectAndARequestsLinesCarryItsId() throws Exception {
        HttpResponse<String> imported = b.send(HttpRequest.newBuilder(URI.create(b.url("/v1/imports?reason=json+log+test")))
                        .POST(HttpRequest.BodyPublishers.ofString("indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n"
                                + "creative-gva,631010000,2062-01,,,3.5,provisional,,authors-text\n")),
                "Content-Type", "text/csv; charset=UTF-8", "Authorization", "Bearer " + editorKey, "X-Request-Id", "json-log-1");
        assertEquals(201, imported.statusCode(), imported.body());
        AppProcess.sleep(300);
        JsonNode importLine = null;
        for (String line : b.logText().lines().filter(line -> !line.isBlank()).toList()) {
            JsonNode entry = JSON.readTree(line);
            assertNotNull(entry.get("message"), line);
            if (entry.get("message").asText().startsWith("Import ")) {
                importLine = entry;
            }
        }
        assertNotNull(importLine, "the import's log line");
        assertEquals("json-log-1", importLine.at("/mdc/request_id").asText(), importLine.toString());
    }

    @Test
    @Order(4)
    void anInstanceStoppedWithSigtermBehindNginxUnderLoadFailsNoRequest() throws Exception {
        assumeTrue(Nginx.available(), "needs nginx (apt install nginx-light)");
        try (Nginx proxy = Nginx.balancing("two-instances", List.of(a.port, b.port))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            List<String> paths = List.of("/v1/regions", "/v1/observations?limit=100", "/v1/indicators", "/v1/observations?limit=20&lang=kk");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            ConcurrentMap<String, Integer> failures = new ConcurrentHashMap<>();
            ConcurrentMap<String, Integer> upstreams = new ConcurrentHashMap<>();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int worker = 0; worker < 4; worker++) {
                int offset = worker;
                load.submit(() -> {
                    for (int n = offset; running.get(); n++) {
                        String path = paths.get(n % paths.size());
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(proxy.url(path)))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                served.incrementAndGet();
                                upstreams.merge(response.headers().firstValue("X-Upstream").orElse("?"), 1, Integer::sum);
                            } else {
                                failures.merge(response.statusCode() + " " + path, 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            failures.merge(e.toString(), 1, Integer::sum);
                        }
                    }
                });
            }
            // Under way on both instances before A is stopped (a cold JVM on a busy machine takes a while).
            String upstreamA = "127.0.0.1:" + a.port;
            String upstreamB = "127.0.0.1:" + b.port;
            for (int i = 0; i < 300 && !(served.get() >= 50 && upstreams.containsKey(upstreamA) && upstreams.containsKey(upstreamB)); i++) {
                AppProcess.sleep(100);
            }
            assertTrue(upstreams.containsKey(upstreamA) && upstreams.containsKey(upstreamB), "both instances serve: " + upstreams);
            Thread stopper = new Thread(() -> a.terminate(Duration.ofSeconds(40)));
            stopper.start();
            // During the shutdown delay A still serves but reports itself unready, so Kubernetes takes it out first.
            int readiness = 0;
            for (int i = 0; i < 20 && (readiness = a.get("/q/health/ready").statusCode()) != 503; i++) {
                AppProcess.sleep(50);
            }
            assertEquals(503, readiness, "A turns unready on SIGTERM");
            stopper.join(45_000);
            assertTrue(!a.alive(), "A stopped");
            long servedWhenAStopped = served.get();
            AppProcess.sleep(2000);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));

            assertEquals(Map.of(), failures, "failed requests; " + served.get() + " served");
            assertTrue(served.get() > servedWhenAStopped + 20, "load kept running after A stopped: " + served.get());
            assertTrue(a.logText().contains("stopped in"), "A shut down cleanly:\n" + a.logText());
        }
    }
}
