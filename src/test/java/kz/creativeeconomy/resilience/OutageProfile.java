package kz.creativeeconomy.resilience;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.OutageDatabase;

/**
 * One application start for every outage test: its own database (stopped, killed and restarted by the tests), four
 * workers and connections (saturated by a handful of requests), the default queue (three per worker) and short limits, so each case takes a few seconds.
 */
public class OutageProfile implements QuarkusTestProfile {

    static final long STATEMENT_TIMEOUT_MILLIS = 3000;
    static final long QUEUE_TIMEOUT_MILLIS = 1000;
    static final int WORKERS = 4;
    /** The default length of the queue for a worker (WorkerAdmission): three per worker. */
    static final int MAX_WAITING = 3 * WORKERS;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.thread-pool.max-threads", Integer.toString(WORKERS + 2),
                "quarkus.datasource.jdbc.max-size", Integer.toString(WORKERS),
                "api.database.statement-timeout", STATEMENT_TIMEOUT_MILLIS + "ms",
                "api.overload.queue-timeout", QUEUE_TIMEOUT_MILLIS + "ms",
                // The outage and overload cases time the queue timeout itself: no shorter wait while it overflows (OverflowTest).
                "api.overload.overflow-queue-timeout", QUEUE_TIMEOUT_MILLIS + "ms",
                "api.export.max-concurrent", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OutageDatabase.class));
    }
}
