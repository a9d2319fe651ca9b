package kz.creativeeconomy.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
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
import kz.creativeeconomy.http.resilience.WorkerAdmission;
import kz.creativeeconomy.support.OutageDatabase;
import org.junit.jupiter.api.Test;

/**
 * While the queue overflows, no request waits for a worker longer than the overflow timeout (CoDel beside adaptive LIFO,
 * as in "Fail at Scale"): a request that finds the queue full of requests that waited longer takes the place of the
 * oldest, which is shed; a worker that comes free sheds those that waited longer and takes the newest (issue 23, point 5).
 * Without it, the fresh request is the one shed, and the stale ones wait out the queue timeout.
 */
@QuarkusTest
@TestProfile(OverflowProfile.class)
class OverflowTest {

    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(20);

    @Inject
    WorkerAdmission admission;

    @Test
    void whileTheQueueOverflowsRequestsThatWaitedTooLongAreShedAndTheFreshOneIsServed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(OutageProfile.WORKERS + OutageProfile.MAX_WAITING + 1);
        try (Connection lock = Outages.lockObservations()) {
            List<Future<HttpResponse<String>>> stuck = new ArrayList<>();
            for (int n = 1; n <= OutageProfile.WORKERS + OutageProfile.MAX_WAITING; n++) {
                String path = "/v1/observations?limit=" + n + "&period=2023";
                stuck.add(clients.submit(() -> Outages.get(path, CLIENT_LIMIT)));
            }
            Outages.awaitWaitingOnLocks(OutageProfile.WORKERS);
            Outages.awaitWaitingForAWorker(admission, OutageProfile.MAX_WAITING, 2_000);
            // Every waiting request has now waited longer than the overflow timeout.
            Thread.sleep(OverflowProfile.OVERFLOW_WAIT_MILLIS + 100);

            try (Connection canceller = OutageDatabase.connect(); Statement cancel = canceller.createStatement()) {
                Future<HttpResponse<String>> fresh = clients.submit(() -> Outages.get("/v1/regions?q=fresh", CLIENT_LIMIT));
                HttpResponse<String> displaced = firstAnswered(stuck, 2_000);
                Outages.assertUnavailable(displaced);
                assertTrue(displaced.body().contains("over capacity"), displaced.body());
                assertFalse(fresh.isDone(), "the fresh request was answered instead of waiting");

                // One worker comes free: the fresh request is served, every stale one is shed now, not at the queue timeout.
                Outages.cancelOneLockedRead(cancel);
                long freed = System.nanoTime();
                HttpResponse<String> served = fresh.get(10, TimeUnit.SECONDS);
                assertEquals(200, served.statusCode(), served.body());
                while (admission.waiting() > 0 && Outages.millisSince(freed) < 2_000) {
                    Thread.sleep(10);
                }
                assertEquals(0, admission.waiting(), "requests still waiting " + Outages.millisSince(freed) + " ms after a worker came free");
            }
            lock.rollback();
            int shedAsStale = 0;
            for (Future<HttpResponse<String>> request : stuck) {
                HttpResponse<String> answer = request.get(20, TimeUnit.SECONDS);
                if (answer.statusCode() == 503 && answer.body().contains("over capacity")) {
                    shedAsStale++;
                }
            }
            assertEquals(OutageProfile.MAX_WAITING, shedAsStale, "requests shed for having waited too long while the queue overflowed");
        } finally {
            clients.shutdownNow();
        }
    }

    private static HttpResponse<String> firstAnswered(List<Future<HttpResponse<String>>> requests, long millis) throws Exception {
        long start = System.nanoTime();
        while (Outages.millisSince(start) < millis) {
            for (Future<HttpResponse<String>> request : requests) {
                if (request.isDone()) {
                    return request.get();
                }
            }
            Thread.sleep(5);
        }
        fail("no waiting request was shed within " + millis + " ms of a fresh one arriving at the full queue");
        return null;
    }
}
