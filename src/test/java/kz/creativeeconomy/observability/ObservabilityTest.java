package kz.creativeeconomy.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics and the request id in responses, problems and log lines (issue 21.6). */
@QuarkusTest
class ObservabilityTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Inject
    Keys keys;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void requestDurationsAreHistogramsByRouteAndStatus() {
        Api.given().get("/v1/regions").then().statusCode(200);
        Api.given().get("/v1/regions/no-such-region").then().statusCode(404);
        String metrics = metrics();
        assertTrue(Pattern.compile("http_server_requests_seconds_bucket\\{[^}]*status=\"200\"[^}]*uri=\"/v1/regions\"[^}]*le=\"0\\.005\"")
                .matcher(metrics).find(), "a 200 of /v1/regions has buckets");
        assertTrue(Pattern.compile("http_server_requests_seconds_bucket\\{[^}]*status=\"404\"[^}]*uri=\"/v1/regions/\\{[a-z_]+}\"")
                .matcher(metrics).find(), "a 404 is counted under its route template, not the path asked for");
        assertTrue(!metrics.contains("no-such-region"), "paths asked for never become labels");
    }

    @Test
    void poolAndResponseCacheAreMeasured() {
        String path = "/v1/indicators?lang=ru&limit=7";
        double hitsBefore = value(metrics(), "cache_gets_total\\{cache=\"responses\",result=\"hit\"}");
        for (int i = 0; i < 3; i++) {
            Api.given().get(path).then().statusCode(200);
        }
        String metrics = metrics();
        // Kept on the second sight, served from the cache on the third.
        assertTrue(value(metrics, "cache_gets_total\\{cache=\"responses\",result=\"hit\"}") >= hitsBefore + 1, "a cache hit is counted");
        assertTrue(value(metrics, "agroal_max_used_count\\{datasource=\"default\"}") >= 1, "the JDBC pool is measured");
    }

    @Test
    void importsAndRateLimitRejectionsHaveCounters() {
        String before = metrics();
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "metrics test").queryParam("dry_run", "true")
                .body("indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n"
                        + "creative-gva,631010000,2060-01,,,1.5,provisional,,authors-text\n")
                .post("/v1/imports").then().statusCode(200);
        String after = metrics();
        assertEquals(value(before, "api_imports_total\\{outcome=\"dry_run\"}") + 1, value(after, "api_imports_total\\{outcome=\"dry_run\"}"));
        // Exposed at zero from the start, for the rate limiter to count into (Meters.rateLimitRejected).
        assertTrue(Pattern.compile("(?m)^api_rate_limit_rejections_total ").matcher(after).find(), after);
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneAndAGivenOneIsKept() {
        Api.given().get("/v1/regions").then().header(RequestIds.HEADER, matchesPattern(UUID));
        Api.given().header(RequestIds.HEADER, "lb-7f3a.19:2").get("/v1/regions").then().header(RequestIds.HEADER, equalTo("lb-7f3a.19:2"));
        // An id that could forge a log line or a header is replaced, not echoed.
        Api.given().header(RequestIds.HEADER, "x\" injected=1").get("/v1/regions").then().header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void problemResponsesCarryTheRequestId() {
        Api.given().header(RequestIds.HEADER, "report-me-42").get("/v1/regions/no-such-region").then().statusCode(404)
                .contentType("application/problem+json").header(RequestIds.HEADER, equalTo("report-me-42"))
                .body("request_id", equalTo("report-me-42"));
        // 401 problems are made by a filter, before any resource runs.
        Api.given().header(RequestIds.HEADER, "report-me-43").contentType("text/csv").body("x").post("/v1/imports").then()
                .statusCode(401).body("request_id", equalTo("report-me-43"));
    }

    @Test
    void logLinesOfARequestCarryItsId() {
        List<String> ids = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // As the console handler does: the record's logging context is read on the thread that logged.
                ids.add(String.valueOf(((ExtLogRecord) record).getMdc(RequestIds.MDC_KEY)));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("kz.creativeeconomy.importing.rest.ImportResource");
        logger.addHandler(capture);
        try {
            Api.given().header("Authorization", Keys.bearer(keys.editor())).header(RequestIds.HEADER, "import-log-7")
                    .contentType("text/csv; charset=UTF-8").queryParam("reason", "log test")
                    .body("indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n"
                            + "creative-gva,631010000,2061-01,,,2.5,provisional,,authors-text\n")
                    .post("/v1/imports").then().statusCode(201);
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(List.of("import-log-7"), ids, "the import logs one line, with the request's id");
    }

    @Test
    void theDashboardAndTheAlertRulesUseOnlyMetricsTheServiceExposes() throws Exception {
        Api.given().get("/v1/regions").then().statusCode(200);
        String exposed = metrics();
        String dashboard = Files.readString(Path.of("deploy/monitoring/grafana-dashboard.json"));
        String alerts = Files.readString(Path.of("deploy/kubernetes/base/alerts.yaml"));
        Set<String> used = new TreeSet<>();
        Matcher names = Pattern.compile("\\b((?:http|agroal|cache|api|db|jvm|process)_[a-z0-9_]+)").matcher(dashboard + alerts);
        while (names.find()) {
            used.add(names.group(1));
        }
        assertTrue(used.size() >= 8, "the dashboard and the alerts use the service's metrics: " + used);
        // Only with DB_READ_URL (ReadReplicaIT reads it there).
        used.remove("db_read_replica_up");
        for (String name : used) {
            assertTrue(Pattern.compile("(?m)^" + name + "[{ ]").matcher(exposed).find(), name + " is not at /q/metrics");
        }
    }

    private static String metrics() {
        return RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.Ee+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
