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
 * A configuration source, not a constant in application.properties, because the properties file cannot count cores;
 * it provides one property, {@value #NAME}, that application.properties refers to, at the lowest ordinal.
 */
public final class PoolSizes implements ConfigSource {

    static final String NAME = "api.pool.default-size";
    static final int CONNECTIONS_PER_CORE = 4;

    static int defaultSize(int cores) {
        return Math.max(4, CONNECTIONS_PER_CORE * cores);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, getValue(NAME));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? Integer.toString(defaultSize(Runtime.getRuntime().availableProcessors())) : null;
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
