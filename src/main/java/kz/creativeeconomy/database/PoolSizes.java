package kz.creativeeconomy.database;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default size of the JDBC pool, from the cores of the machine the service runs on: {@value #CONNECTIONS_PER_CORE}
 * connections per core. PostgreSQL does its work on the same cores, so connections beyond a few per core only queue
 * inside it and switch between its backends; and every request that reads holds one connection, so the worker threads
 * of the REST layer are as many (application.properties), and a request waits in the executor's queue rather than
 * as a parked thread on the pool. In alternating runs on the 2-core benchmark machine (bench/, scenario 3) 8 connections
 * and 8 workers served about a tenth more uncached pages per second than 16 connections and Quarkus's 200 workers, with
 * less CPU per page in both the service and PostgreSQL. {@code DB_POOL_SIZE} sets it outright.
 * <p>
 * The worker pool has {@value #OPERATIONS_THREADS} threads more ({@value #THREADS}): WorkerAdmission lets only as many
 * requests run as there are connections, and the operations endpoints it does not hold back (/q/metrics runs on a worker
 * thread) must still answer while every request's worker waits on a locked table, which is when they are looked at.
 * <p>
 * A configuration source, not a constant in application.properties, because the properties file cannot count cores
 * nor add; it provides two properties that application.properties refers to, at the lowest ordinal.
 */
public final class PoolSizes implements ConfigSource {

    static final String NAME = "api.pool.default-size";
    static final String THREADS = "api.pool.default-threads";
    static final int CONNECTIONS_PER_CORE = 4;
    static final int OPERATIONS_THREADS = 2;

    static int defaultSize(int cores) {
        return Math.max(4, CONNECTIONS_PER_CORE * cores);
    }

    /** The worker threads for this many requests running at once. */
    static int threads(int requests) {
        return requests + OPERATIONS_THREADS;
    }

    /** Requests that run at once, as application.properties reads them: WORKER_THREADS, else DB_POOL_SIZE, else from the cores. */
    private static int requests() {
        for (String name : new String[]{"WORKER_THREADS", "DB_POOL_SIZE"}) {
            String configured = System.getenv(name);
            if (configured != null && configured.trim().matches("[0-9]+")) {
                return Integer.parseInt(configured.trim());
            }
        }
        return defaultSize(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, getValue(NAME), THREADS, getValue(THREADS));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME, THREADS);
    }

    @Override
    public String getValue(String propertyName) {
        if (NAME.equals(propertyName)) {
            return Integer.toString(defaultSize(Runtime.getRuntime().availableProcessors()));
        }
        return THREADS.equals(propertyName) ? Integer.toString(threads(requests())) : null;
    }

    @Override
    public String getName() {
        return "pool sizes from the cores";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
