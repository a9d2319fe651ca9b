package kz.creativeeconomy.http.caching;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.creativeeconomy.readreplica.ReadRouting;
import org.jboss.logging.Logger;

/**
 * The version of the published data: one row that triggers bump on every change (see V1__schema.sql). ETag and
 * Last-Modified derive from it, so they change when the data changes, and only then.
 *
 * <p>Requests never wait for it: a background thread re-reads it every {@link #MAX_AGE_MILLIS} ms (so a change made
 * through another instance, or straight in the database, shows within about a second) and requests read the last
 * value from memory. Before, every request that found the value older than a second read it itself: under load dozens
 * did at once, on the HTTP event loop, and with a small connection pool they queued for connections until they failed.
 * Writes through this instance call {@link #invalidate()}, which re-reads at once, so their effect is immediate.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    static final long MAX_AGE_MILLIS = 1000;

    public record Version(long number, Instant changedAt) {
    }

    @Inject
    ReadRouting databases;

    private volatile Version cached;
    private ScheduledExecutorService refresher;

    public Version current() {
        Version version = cached;
        return version != null ? version : first();
    }

    /** Re-reads the version now, on the calling thread (after a write; tests after changing the database directly). */
    public void invalidate() {
        store(read(databases.forAnonymousReads()));
    }

    /**
     * After another instance announced a change (DataVersionListener): re-reads until the version anonymous reads see
     * has reached the primary's, for up to a second while a replica replays the change, then leaves it to the poll.
     */
    public void catchUpWithPrimary() throws InterruptedException {
        long target = read(databases.primary()).number();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS);
        invalidate();
        while (current().number() < target && System.nanoTime() < deadline) {
            Thread.sleep(10);
            invalidate();
        }
    }

    /** The first read, which also starts the background refresh. */
    private synchronized Version first() {
        if (cached == null) {
            cached = read(databases.forAnonymousReads());
            refresher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "data-version-refresh");
                thread.setDaemon(true);
                return thread;
            });
            refresher.scheduleWithFixedDelay(this::refresh, MAX_AGE_MILLIS, MAX_AGE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return cached;
    }

    private void refresh() {
        try {
            store(read(databases.forAnonymousReads()));
        } catch (RuntimeException e) {
            // Requests keep the last known version; readiness (/q/health/ready) reports the database itself.
            LOG.debugf(e, "Cannot refresh the data version; keeping %s", cached);
        }
    }

    /** Versions only grow: a background read that began before a write committed must not undo the write's re-read. */
    private synchronized void store(Version version) {
        Version known = cached;
        if (known == null || version.number() >= known.number()) {
            cached = version;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /**
     * The version as the given database sees it. With a read replica (kz.creativeeconomy.readreplica) that is the
     * replica's: ETags then name the data anonymous reads actually get, never a version the replica has not replayed yet.
     */
    private static Version read(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, changed_at from data_version where id = 1")) {
            row.next();
            return new Version(row.getLong(1), row.getTimestamp(2).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data version", e);
        }
    }
}
