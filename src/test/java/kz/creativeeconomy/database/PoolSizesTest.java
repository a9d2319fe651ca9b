package kz.creativeeconomy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ExecutorRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.runtime.ThreadPoolConfig;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The running service sizes its JDBC pool from the cores, and has one worker thread per connection. */
@QuarkusTest
class PoolSizesTest {

    @Inject
    AgroalDataSource dataSource;

    private int connections() {
        return dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
    }

    @Test
    void theConnectionPoolHasFourConnectionsPerCore() {
        assumeTrue(System.getenv("DB_POOL_SIZE") == null, "DB_POOL_SIZE sets the pool outright");
        assertEquals(PoolSizes.defaultSize(Runtime.getRuntime().availableProcessors()), connections());
    }

    @Test
    void theRestLayerHasOneWorkerThreadPerConnection() {
        assumeTrue(System.getenv("WORKER_THREADS") == null, "WORKER_THREADS sets the workers outright");
        // The size Quarkus gives its worker pool, computed by Quarkus from the configuration it reads.
        ThreadPoolConfig workers = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ThreadPoolConfig.class);
        assertEquals(connections(), ExecutorRecorder.getMaxSize(workers));
    }

    @Test
    void aSmallMachineStillGetsAFewConnections() {
        assertEquals(4, PoolSizes.defaultSize(1));
        assertEquals(8, PoolSizes.defaultSize(2));
        assertEquals(64, PoolSizes.defaultSize(16));
    }
}
