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

/**
 * The running service sizes its JDBC pool from the cores, runs one request per connection on a worker pool with two
 * threads more (for the operations endpoints), and pools response buffers as large as a page.
 */
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
    void requestsRunOnePerConnectionOnAPoolWithTwoThreadsForTheOperationsEndpoints() {
        assumeTrue(System.getenv("WORKER_THREADS") == null, "WORKER_THREADS sets the workers outright");
        assertEquals(connections(), ConfigProvider.getConfig().getValue("api.overload.workers", Integer.class));
        // The size Quarkus gives its worker pool, computed by Quarkus from the configuration it reads.
        ThreadPoolConfig workers = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ThreadPoolConfig.class);
        assertEquals(connections() + PoolSizes.OPERATIONS_THREADS, ExecutorRecorder.getMaxSize(workers));
    }

    /**
     * Netty pools response buffers in chunks; one larger than a chunk is allocated, zeroed and freed outside the pool.
     * A JSON page of 1,000 observations is up to about 900 KB: it must fit in a chunk.
     */
    @Test
    void responseBuffersOfAPageOfAThousandArePooled() {
        io.netty.buffer.PooledByteBufAllocator allocator = io.netty.buffer.PooledByteBufAllocator.DEFAULT;
        assertEquals(1 << 20, allocator.metric().chunkSize());
        long hugeBefore = allocator.metric().directArenas().stream().mapToLong(io.netty.buffer.PoolArenaMetric::numHugeAllocations).sum();
        io.netty.buffer.ByteBuf page = allocator.directBuffer(900 * 1024);
        page.release();
        long hugeAfter = allocator.metric().directArenas().stream().mapToLong(io.netty.buffer.PoolArenaMetric::numHugeAllocations).sum();
        assertEquals(hugeBefore, hugeAfter, "a 900 KB buffer was allocated outside the pool");
    }

    @Test
    void aSmallMachineStillGetsAFewConnections() {
        assertEquals(4, PoolSizes.defaultSize(1));
        assertEquals(8, PoolSizes.defaultSize(2));
        assertEquals(64, PoolSizes.defaultSize(16));
    }
}
