package kz.creativeeconomy.auth;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The active API keys, by the hash of their secret, held in memory so that the rate limiter can tell a key from a
 * made-up token on the event loop, without a query per request. Refreshed every half minute, and at most every few
 * seconds when a token it does not know shows up (a key created a moment ago), off the event loop.
 */
@ApplicationScoped
public class KnownKeys {

    private static final Logger LOG = Logger.getLogger(KnownKeys.class);
    private static final long PERIOD_MILLIS = 30_000;
    private static final long UNKNOWN_TOKEN_REFRESH_NANOS = 5_000_000_000L;

    @Inject
    ApiKeyService keys;
    @Inject
    Vertx vertx;

    private volatile Map<String, String> namesByHash = Map.of();
    private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime() - UNKNOWN_TOKEN_REFRESH_NANOS);

    void start(@Observes StartupEvent event) {
        vertx.setPeriodic(PERIOD_MILLIS, PERIOD_MILLIS, id -> refreshInBackground());
        refreshInBackground();
    }

    /** The name of the active key with this secret, or null for an unknown or revoked one. */
    public String nameOf(String token) {
        String name = namesByHash.get(ApiKeys.hash(token));
        long last = lastRefresh.get();
        if (name == null && System.nanoTime() - last > UNKNOWN_TOKEN_REFRESH_NANOS && lastRefresh.compareAndSet(last, System.nanoTime())) {
            refreshInBackground();
        }
        return name;
    }

    /** Reads the active keys now (blocking: not on the event loop). */
    public void refresh() {
        namesByHash = keys.activeNamesByHash();
    }

    private void refreshInBackground() {
        vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false).onFailure(e -> LOG.debugf("API keys not refreshed (the database is unavailable?): %s", e.getMessage()));
    }
}
