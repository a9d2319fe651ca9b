package kz.creativeeconomy.readreplica;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.database.ProbeConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the read replica answers, checked every {@value #CHECK_MILLIS} ms on a connection of its own (outside the
 * pool, so a check never waits behind requests and never hands a request a dead connection). A check that cannot
 * connect or validate within {@value #TIMEOUT_SECONDS} s marks the replica down, so reads move to the primary within
 * about 1.5 s of the replica going away; the first check that succeeds again moves them back.
 * <p>
 * When the replica goes down its pool is flushed: its idle connections point at a server that is gone, and without
 * the flush the first reads after the replica comes back would fail on them.
 */
@ApplicationScoped
public class ReplicaMonitor {

    private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);

    static final long CHECK_MILLIS = 250;
    static final int TIMEOUT_SECONDS = 1;

    @Inject
    @DataSource(ReadRouting.READ_DATASOURCE)
    Instance<AgroalDataSource> readPool;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.read.active", defaultValue = "false")
    boolean configured;
    @ConfigProperty(name = "quarkus.datasource.read.jdbc.url", defaultValue = "")
    String url;
    @ConfigProperty(name = "quarkus.datasource.read.username", defaultValue = "")
    String user;
    @ConfigProperty(name = "quarkus.datasource.read.password", defaultValue = "")
    String password;

    private volatile boolean up;
    private Connection probe;
    private ScheduledExecutorService checker;

    void start(@Observes StartupEvent event) {
        if (!configured) {
            return;
        }
        check();
        Gauge.builder("db.read.replica.up", this, monitor -> monitor.up ? 1 : 0)
                .description("1 while anonymous reads go to the read replica (DB_READ_URL), 0 while they fall back to the primary")
                .register(registry);
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "read-replica-check");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (checker != null) {
            checker.shutdownNow();
        }
        closeProbe();
    }

    /** True while the replica is configured and answered its last check. */
    public boolean up() {
        return up;
    }

    private void check() {
        boolean answered = answers();
        if (answered != up) {
            up = answered;
            if (answered) {
                LOG.info("Read replica answers again: anonymous reads go to it");
            } else {
                LOG.warn("Read replica does not answer: anonymous reads fall back to the primary");
            }
            readPool.get().flush(answered ? AgroalDataSource.FlushMode.IDLE : AgroalDataSource.FlushMode.ALL);
        }
    }

    private boolean answers() {
        try {
            if (probe == null) {
                probe = ProbeConnections.open(url, user, password, TIMEOUT_SECONDS, "read-replica-check");
            }
            if (probe.isValid(TIMEOUT_SECONDS)) {
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Read replica check failed");
        }
        closeProbe();
        return false;
    }

    private void closeProbe() {
        ProbeConnections.close(probe, e -> LOG.debugf(e, "Closing the read replica probe"));
        probe = null;
    }
}
