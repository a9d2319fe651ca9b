package kz.creativeeconomy.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import kz.creativeeconomy.http.resilience.WorkerAdmission;
import kz.creativeeconomy.support.Activity;
import kz.creativeeconomy.support.OutageDatabase;

/** Waiting for readiness, timing answers and checking the 503 of the outage tests. */
final class Outages {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Outages() {
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    /** A GET through a plain client (thread-safe, for concurrent requests), with a time limit on the answer. */
    static HttpResponse<String> get(String pathAndQuery, Duration limit) throws Exception {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(limit).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError(pathAndQuery + " got no answer within " + limit + "\n" + diagnosis(), e);
        }
    }

    /** The value of one series at /q/metrics (a regular expression for its name and labels); 0 when it is absent. */
    static double metric(String series) throws Exception {
        String metrics = get("/q/metrics", Duration.ofSeconds(10)).body();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?m)^" + series + " ([0-9.Ee+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    static int readiness() {
        try {
            return get("/q/health/ready", Duration.ofSeconds(5)).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitReady(long millis) {
        await(200, millis);
    }

    static void awaitNotReady(long millis) {
        await(503, millis);
    }

    private static void await(int status, long millis) {
        long start = System.nanoTime();
        while (readiness() != status) {
            if (millisSince(start) > millis) {
                fail("/q/health/ready did not answer " + status + " within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the service's threads and the database's sessions are doing, for a failure message. */
    static String diagnosis() {
        StringBuilder text = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("executor-thread") || thread.getName().startsWith("vert.x-eventloop")) {
                text.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (int i = 0; i < Math.min(25, stack.length); i++) {
                    text.append("    ").append(stack[i]).append('\n');
                }
            }
        });
        try (java.sql.Connection connection = kz.creativeeconomy.support.OutageDatabase.connect();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "select pid, state, wait_event_type, wait_event, left(query, 120) from pg_stat_activity where backend_type = 'client backend'")) {
            while (rows.next()) {
                text.append("pg ").append(rows.getInt(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3))
                        .append(' ').append(rows.getString(4)).append(' ').append(rows.getString(5)).append('\n');
            }
        } catch (java.sql.SQLException e) {
            text.append(e);
        }
        return text.toString();
    }

    static void assertUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:creative-economy:problem:service-unavailable"))
                .body("status", equalTo(503));
    }

    static void assertUnavailable(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 503, response.statusCode() + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.headers().toString());
        assertTrue(response.body().contains("urn:creative-economy:problem:service-unavailable"), response.body());
    }

    /** A transaction holding the observation table as a long migration or a bulk rewrite would. */
    static Connection lockObservations() throws SQLException {
        return lockObservations(OutageDatabase.connect());
    }

    /** The same on a connection of the caller's (the default profile's pool, in WorkerSlotsTest). */
    static Connection lockObservations(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table observation in access exclusive mode");
        }
        return connection;
    }

    /** Waits until this many backends wait for a lock on the observation table. */
    static void awaitWaitingOnLocks(int backends) throws SQLException, InterruptedException {
        try (Connection connection = OutageDatabase.connect()) {
            Activity.awaitCount(connection,
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and backend_type = 'client backend'",
                    waiting -> waiting >= backends, OutageProfile.STATEMENT_TIMEOUT_MILLIS - 500, 10,
                    () -> "fewer than " + backends + " requests reached the locked table\n" + Outages.diagnosis());
        }
    }

    /** Cancels the statement of one request that waits on the lock: its worker comes free. */
    static void cancelOneLockedRead(Statement statement) throws SQLException {
        statement.execute("select pg_cancel_backend(pid) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and backend_type = 'client backend' limit 1");
    }

    /** Waits, for at most the given time, until this many requests wait for a worker. */
    static void awaitWaitingForAWorker(WorkerAdmission admission, int requests, long millis)
            throws InterruptedException {
        long start = System.nanoTime();
        while (admission.waiting() < requests) {
            if (millisSince(start) > millis) {
                fail(admission.waiting() + " requests wait for a worker, not " + requests);
            }
            Thread.sleep(5);
        }
    }
}
