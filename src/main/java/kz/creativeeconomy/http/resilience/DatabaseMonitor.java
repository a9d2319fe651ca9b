package kz.creativeeconomy.http.resilience;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.database.ProbeConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the database answers, known at all times without asking it: a background thread runs {@code select 1} every
 * {@code api.database.probe-interval} (250 ms) on a connection of its own, outside the pool, with a short network
 * timeout. Outside the pool, because a pool whose every connection is busy is not a database that is down (that case
 * answers 503 from the acquisition timeout instead), and because a probe must never wait behind requests.
 * <p>
 * Readiness reads this state ({@link DatabaseReadiness}), so it says DOWN within one probe of an outage and UP within one
 * probe of the recovery, and cached responses served meanwhile are marked stale ({@link StaleResponses}). When the probe's
 * own connection fails, a fresh one is tried at once before the database is called down: one late answer on a saturated
 * machine is not an outage. A silent server is thus found in at most the timeout plus the driver's one-second connect
 * timeout.
 */
@Startup
@ApplicationScoped
public class DatabaseMonitor {

    private static final Logger LOG = Logger.getLogger(DatabaseMonitor.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @ConfigProperty(name = "api.database.probe-interval", defaultValue = "250ms")
    Duration interval;
    @ConfigProperty(name = "api.database.probe-timeout", defaultValue = "500ms")
    Duration timeout;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<io.agroal.api.AgroalDataSource> pool;

    private volatile boolean reachable = true;
    private volatile Instant lastReachable = Instant.now();
    private volatile String lastFailure;
    private Connection connection;
    private ScheduledExecutorService prober;

    @PostConstruct
    void start() {
        prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-probe");
            thread.setDaemon(true);
            return thread;
        });
        prober.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
        close();
    }

    public boolean reachable() {
        return reachable;
    }

    /** When the database last answered a probe: a response served from memory since then may be that old. */
    public Instant lastReachable() {
        return lastReachable;
    }

    public String lastFailure() {
        return lastFailure;
    }

    void probe() {
        boolean established = connection != null;
        try {
            selectOne();
        } catch (SQLException | RuntimeException e) {
            close();
            if (!established) {
                failed(e);
                return;
            }
            // A connection that answered earlier probes failed: the server went away, or this probe's answer came after
            // its timeout on a machine whose CPU was saturated (seen under the bench's overload: readiness said DOWN for
            // one probe and the pool's idle connections were flushed, while the database was fine). A fresh connection
            // tells the two apart at once: refused, terminated or silent is an outage; an answer is not.
            try {
                selectOne();
            } catch (SQLException | RuntimeException again) {
                close();
                failed(again);
                return;
            }
            LOG.debugf("A database probe failed (%s), a fresh connection answered", e.getMessage());
        }
        lastReachable = Instant.now();
        if (!reachable) {
            LOG.info("The database answers again");
            closeIdlePooledConnections();
        }
        reachable = true;
    }

    private void selectOne() throws SQLException {
        if (connection == null) {
            connection = connect();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }

    private void failed(Exception e) {
        if (reachable) {
            LOG.warnf("The database does not answer: %s", e.getMessage());
            closeIdlePooledConnections();
        }
        lastFailure = e.getMessage();
        reachable = false;
    }

    /**
     * The pool's connections to a server that went away are dead: each would fail the next request that borrows it, after
     * the database is back too. Closed when the state changes, so requests open fresh ones.
     */
    private void closeIdlePooledConnections() {
        try {
            pool.get().flush(io.agroal.api.AgroalDataSource.FlushMode.IDLE);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not flush the connection pool");
        }
    }

    private Connection connect() throws SQLException {
        int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        Connection probe = ProbeConnections.open(url, username.orElse(null), password.orElse(null), seconds, "creative-economy-probe");
        // Below the driver's one-second granularity: a database that does not answer in half a second is not ready.
        probe.setNetworkTimeout(Runnable::run, (int) timeout.toMillis());
        return probe;
    }

    private void close() {
        // A failure to close is ignored: the connection is broken already, that is why it is closed.
        ProbeConnections.close(connection, ignored -> { });
        connection = null;
    }
}
