package kz.creativeeconomy.http.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stale-if-error (RFC 5861) for the server's own response cache: while the database does not answer, a GET whose bytes
 * the cache holds (or a revalidation of them) is still served, as the last version the service could confirm, and says so:
 * <ul>
 * <li>{@code Warning: 111 - "Revalidation Failed"}: the classic marker of a cache serving a response it could not check;</li>
 * <li>{@code Age}: the seconds since the database last answered, as old as the response may be;</li>
 * <li>{@code Cache-Control: public, max-age=0, stale-if-error=N}: a downstream cache must check again at once (and will get
 * the fresh response once the database is back) but may keep serving this copy while the service fails.</li>
 * </ul>
 * With the database up, nothing is added.
 */
@ApplicationScoped
public class StaleResponses {

    public static final String WARNING = "111 - \"Revalidation Failed\"";

    @Inject
    DatabaseMonitor monitor;

    @ConfigProperty(name = "api.cache.stale-if-error", defaultValue = "86400")
    long staleIfError;

    /** Adds the stale markers through {@code header} (which replaces a header of the same name) when the database is down. */
    public void mark(BiConsumer<String, String> header) {
        if (monitor.reachable()) {
            return;
        }
        long age = Math.max(0, Duration.between(monitor.lastReachable(), Instant.now()).toSeconds());
        header.accept("Warning", WARNING);
        header.accept("Age", Long.toString(age));
        header.accept("Cache-Control", "public, max-age=0, stale-if-error=" + staleIfError);
    }
}
