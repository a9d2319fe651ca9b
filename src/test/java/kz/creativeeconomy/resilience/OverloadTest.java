package kz.creativeeconomy.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.OutageDatabase;
import jakarta.inject.Inject;
import kz.creativeeconomy.http.resilience.WorkerAdmission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A locked table (one long write holding observation) must neither hang its readers nor starve the rest of the API
 * (issue 17, points 2 and 8), and overload must be shed at once (issue 23, point 5). The profile has 4 workers, the default queue
 * of 12, a 3 s statement timeout and a 1 s wait for a worker.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class OverloadTest {

    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(10);

    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(OutageProfile.WORKERS + OutageProfile.MAX_WAITING + 2);

    private static final String SHED = "api_admission_shed_total";

    @Inject
    WorkerAdmission admission;

    @AfterAll
    static void stopClients() {
        CLIENTS.shutdownNow();
    }

    /** Every case starts with no request running (so none leaked a worker) and with the code paths warm. */
    @BeforeEach
    void idleAndWarm() throws Exception {
        Api.given().get("/v1/observations?limit=1").then().statusCode(200);
        Api.raw().get("/v1/observations?format=csv&limit=all&region=east-kazakhstan").then().statusCode(200);
        // The same client and paths the cases use, so that class loading on a busy machine is not what they time.
        assertEquals(200, Outages.get("/v1/observations?limit=1&region=east-kazakhstan", CLIENT_LIMIT).statusCode());
        assertEquals(200, Outages.get("/q/health/ready", CLIENT_LIMIT).statusCode());
        long start = System.nanoTime();
        while (admission.running() > 0) {
            if (Outages.millisSince(start) > 10_000) {
                fail(admission.running() + " requests still hold a worker");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aReadOfALockedTableAnswers503AtTheStatementTimeoutAndGivesItsConnectionBack() throws Exception {
        try (Connection lock = Outages.lockObservations()) {
            long asked = System.nanoTime();
            HttpResponse<String> locked = Outages.get("/v1/observations?limit=3&period=2019", CLIENT_LIMIT);
            long waited = Outages.millisSince(asked);
            Outages.assertUnavailable(locked);
            assertTrue(locked.body().contains("statement timeout"), locked.body());
            assertTrue(waited >= OutageProfile.STATEMENT_TIMEOUT_MILLIS - 100 && waited < OutageProfile.STATEMENT_TIMEOUT_MILLIS + 1500,
                    "answered after " + waited + " ms");
            lock.rollback();
        }
        for (int n = 0; n < 2 * OutageProfile.WORKERS; n++) {
            Api.given().get("/v1/observations?limit=3&period=2019").then().statusCode(200);
        }
    }

    @Test
    void withEveryWorkerWaitingOnALockedTableAnUnrelatedReadIsShedAfterTheQueueTimeoutNotQueued() throws Exception {
        try (Connection lock = Outages.lockObservations()) {
            List<Future<HttpResponse<String>>> stuck = readsOfTheLockedTable(2 * OutageProfile.WORKERS, "2020");

            long asked = System.nanoTime();
            HttpResponse<String> unrelated = Outages.get("/v1/regions?q=x", CLIENT_LIMIT);
            long waited = Outages.millisSince(asked);
            Outages.assertUnavailable(unrelated);
            assertTrue(unrelated.body().contains("capacity"), unrelated.body());
            assertTrue(waited >= OutageProfile.QUEUE_TIMEOUT_MILLIS - 50 && waited < OutageProfile.STATEMENT_TIMEOUT_MILLIS - 300,
                    "shed after " + waited + " ms, not after the queue timeout");

            long checked = System.nanoTime();
            assertEquals(200, Outages.get("/q/health/ready", CLIENT_LIMIT).statusCode(), "readiness needs no worker");
            assertTrue(Outages.millisSince(checked) < 1000, "readiness took " + Outages.millisSince(checked) + " ms");
            assertEachUnavailable(stuck);
            lock.rollback();
        }
        Api.given().get("/v1/regions?q=x").then().statusCode(200);
    }

    @Test
    void withEveryWorkerBusyAndTheQueueFullTheNextRequestIsShedAtOnceNotAfterTheQueueTimeout() throws Exception {
        double queueFull = Outages.metric(SHED + "\\{reason=\"queue_full\"}");
        double waitedTooLong = shedAfterWaiting();
        try (Connection lock = Outages.lockObservations()) {
            List<Future<HttpResponse<String>>> stuck = readsOfTheLockedTable(OutageProfile.WORKERS + OutageProfile.MAX_WAITING, "2021");
            awaitWaitingForAWorker(OutageProfile.MAX_WAITING);
            // The metrics answer while every request's worker is stuck (they run on a thread of their own), and say so.
            assertEquals(OutageProfile.WORKERS, Outages.metric("api_admission_running"), "running, at /q/metrics");

            long asked = System.nanoTime();
            HttpResponse<String> over = Outages.get("/v1/regions?q=y", CLIENT_LIMIT);
            long waited = Outages.millisSince(asked);
            Outages.assertUnavailable(over);
            // Shed because the queue was full, not by the queue timeout's timer (a loaded machine may take a while to answer).
            assertTrue(over.body().contains("already waiting"), over.body());
            assertTrue(waited < OutageProfile.QUEUE_TIMEOUT_MILLIS, "shed after " + waited + " ms, not at once");
            assertEachUnavailable(stuck);
            lock.rollback();
        }
        // Operators see why requests were shed: one for the full queue, the waiting ones for having waited too long (at the
        // queue timeout, or displaced by a newer request if the machine was slow to send it and the oldest had waited as long).
        assertEquals(queueFull + 1, Outages.metric(SHED + "\\{reason=\"queue_full\"}"));
        assertEquals(waitedTooLong + OutageProfile.MAX_WAITING, shedAfterWaiting());
        assertEquals(0, Outages.metric("api_admission_waiting"));
        Api.given().get("/v1/regions?q=y").then().statusCode(200);
    }

    /**
     * While the queue overflows, a worker that comes free takes the newest waiting request, not the oldest: with every
     * worker stuck on a locked table and the queue full of reads of that table plus one unrelated read that came last,
     * freeing one worker serves the unrelated read at once. First come, first served would give that worker to the oldest
     * read of the locked table, and the unrelated read would wait out the queue timeout and be shed.
     */
    @Test
    void whileTheQueueOverflowsAWorkerThatComesFreeTakesTheNewestWaitingRequest() throws Exception {
        try (Connection lock = Outages.lockObservations()) {
            List<Future<HttpResponse<String>>> stuck = readsOfTheLockedTable(OutageProfile.WORKERS + OutageProfile.MAX_WAITING - 1, "2022");
            awaitWaitingForAWorker(OutageProfile.MAX_WAITING - 1);
            Future<HttpResponse<String>> newest = CLIENTS.submit(() -> Outages.get("/v1/regions?q=newest", CLIENT_LIMIT));
            awaitWaitingForAWorker(OutageProfile.MAX_WAITING);
            HttpResponse<String> over = Outages.get("/v1/regions?q=over", CLIENT_LIMIT);
            Outages.assertUnavailable(over);
            assertTrue(over.body().contains("already waiting"), over.body());

            try (Connection connection = OutageDatabase.connect(); Statement statement = connection.createStatement()) {
                Outages.cancelOneLockedRead(statement);
            }
            HttpResponse<String> served = newest.get(10, TimeUnit.SECONDS);
            assertEquals(200, served.statusCode(), "the newest waiting request was not the one admitted: " + served.body());
            assertEachUnavailable(stuck);
            lock.rollback();
        }
    }

    @Test
    void anExportOverTheCapAnswers503AtOnceInsteadOfHoldingAWorker() throws Exception {
        Future<HttpResponse<String>> first;
        try (Connection lock = Outages.lockObservations()) {
            first = CLIENTS.submit(() -> Outages.get("/v1/observations?format=csv&limit=all", CLIENT_LIMIT));
            Outages.awaitWaitingOnLocks(1);
            long asked = System.nanoTime();
            HttpResponse<String> second = CLIENTS.submit(() -> Outages.get("/v1/observations?format=csv&limit=all&status=final", CLIENT_LIMIT))
                    .get(OutageProfile.STATEMENT_TIMEOUT_MILLIS * 3, TimeUnit.MILLISECONDS);
            long waited = Outages.millisSince(asked);
            Outages.assertUnavailable(second);
            assertTrue(second.body().contains("export"), second.body());
            assertTrue(waited < OutageProfile.STATEMENT_TIMEOUT_MILLIS / 2, "answered after " + waited + " ms");
            lock.rollback();
        }
        int firstStatus = first.get(10, TimeUnit.SECONDS).statusCode();
        assertTrue(firstStatus == 200 || firstStatus == 503, "the first export ended with " + firstStatus);
        // Its slot was given back, however it ended.
        Api.raw().queryParam("format", "csv").queryParam("limit", "all").queryParam("status", "final")
                .get("/v1/observations").then().statusCode(200);
    }

    /** Reads of the locked table from this many clients at once: once every worker waits on the lock, the rest wait for one. */
    private static List<Future<HttpResponse<String>>> readsOfTheLockedTable(int clients, String period) throws Exception {
        List<Future<HttpResponse<String>>> stuck = new ArrayList<>();
        for (int n = 1; n <= clients; n++) {
            String path = "/v1/observations?limit=" + n + "&period=" + period;
            stuck.add(CLIENTS.submit(() -> Outages.get(path, CLIENT_LIMIT)));
        }
        Outages.awaitWaitingOnLocks(OutageProfile.WORKERS);
        return stuck;
    }

    /** Requests shed so far for having waited too long for a worker, at /q/metrics. */
    private static double shedAfterWaiting() throws Exception {
        return Outages.metric(SHED + "\\{reason=\"queue_timeout\"}") + Outages.metric(SHED + "\\{reason=\"overflow_wait\"}");
    }

    /** Every read stuck behind the lock ended in a 503 (its statement timed out or it was shed), none hung. */
    private static void assertEachUnavailable(List<Future<HttpResponse<String>>> stuck) throws Exception {
        for (Future<HttpResponse<String>> request : stuck) {
            Outages.assertUnavailable(request.get(10, TimeUnit.SECONDS));
        }
    }

    /** Waits, for at most half the queue timeout, until this many requests wait for a worker. */
    private void awaitWaitingForAWorker(int requests) throws InterruptedException {
        Outages.awaitWaitingForAWorker(admission, requests, OutageProfile.QUEUE_TIMEOUT_MILLIS / 2);
    }

}
