package kz.creativeeconomy.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.SynchronizationStrategy;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import kz.creativeeconomy.auth.KnownKeys;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per minute per client, as token buckets (Bucket4j): a client identified by its API key when it sends a
 * valid one (Authorization: Bearer), else by its address (behind TRUST_PROXY, the forwarded one). Every answer it lets
 * through carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds until the bucket is full again); a
 * request over the limit gets 429 problem+json with Retry-After (seconds until one request is allowed).
 * <p>
 * It runs on the event loop before the cached-response shortcut ({@link CachedResponses}), so cached answers count too,
 * and costs a request one bounded-map lookup and one synchronized bucket update. Buckets of clients idle for two minutes
 * are dropped (they would be full again anyway); the map holds at most {@code api.rate-limit.clients} of them.
 */
@ApplicationScoped
public class RateLimiter {

    /** After CORS (300), so a 429 carries the CORS headers a browser needs to read it; before CachedResponses (50). */
    static final int PRIORITY = 250;
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final long anonymousPerMinute;
    private final long keyPerMinute;
    private final Map<String, Long> perKeyName;
    private final Cache<String, Bucket> byAddress;
    private final Cache<String, Bucket> byKey;
    private final Function<String, Bucket> newAnonymousBucket;
    private final String anonymousLimitText;

    @Inject
    KnownKeys keys;

    RateLimiter(@ConfigProperty(name = "api.rate-limit.per-minute", defaultValue = "120") long anonymousPerMinute,
                @ConfigProperty(name = "api.rate-limit.key-per-minute", defaultValue = "1200") long keyPerMinute,
                @ConfigProperty(name = "api.rate-limit.key-overrides", defaultValue = "none") String keyOverrides,
                @ConfigProperty(name = "api.rate-limit.clients", defaultValue = "100000") long clients) {
        this.anonymousPerMinute = anonymousPerMinute;
        this.keyPerMinute = keyPerMinute;
        this.perKeyName = overrides(keyOverrides);
        this.byAddress = Caffeine.newBuilder().maximumSize(clients).expireAfterAccess(Duration.ofMinutes(2)).build();
        this.byKey = Caffeine.newBuilder().maximumSize(clients).expireAfterAccess(Duration.ofMinutes(2)).build();
        this.newAnonymousBucket = address -> bucket(anonymousPerMinute);
        this.anonymousLimitText = Long.toString(anonymousPerMinute);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (anonymousPerMinute <= 0 || path != null && path.startsWith("/q/health")) {
            // 0 turns the limit off; health probes of the load balancer are never limited.
            context.next();
            return;
        }
        Bucket bucket = null;
        long limit = anonymousPerMinute;
        String limitText = anonymousLimitText;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String name = keys.nameOf(authorization.substring(7).trim());
            if (name != null) {
                long keyLimit = perKeyName.getOrDefault(name, keyPerMinute);
                limit = keyLimit;
                limitText = Long.toString(keyLimit);
                // The bucket follows the key's name, so a client with two keys of one name shares one allowance.
                bucket = byKey.get(name, ignored -> bucket(keyLimit));
            }
        }
        if (bucket == null) {
            SocketAddress address = request.remoteAddress();
            bucket = byAddress.get(address == null || address.host() == null ? "unknown" : address.host(), newAnonymousBucket);
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        MultiMap headers = context.response().headers();
        headers.set(LIMIT, limitText);
        headers.set(REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.set(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        headers.set("Retry-After", Long.toString(retryAfter));
        HttpProblems.send(context.response(), new Problem(ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", 429,
                "This client may send " + limit + " requests a minute" + (limit == anonymousPerMinute ? " without an API key" : "")
                        + ". Retry after " + retryAfter + " s; responses carry ETags, so revalidating with If-None-Match is cheap.",
                path, null));
    }

    private static Bucket bucket(long perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                // One client's requests rarely contend; a lock costs less than the lock-free variant's copy per request.
                .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** "name=limit,name=limit": a key (by its name) with a limit of its own, e.g. a partner's nightly sync. */
    static Map<String, Long> overrides(String text) {
        Map<String, Long> limits = new HashMap<>();
        for (String entry : text.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (!entry.isBlank() && equals > 0) {
                limits.put(entry.substring(0, equals).trim(), Long.parseLong(entry.substring(equals + 1).trim()));
            }
        }
        return Map.copyOf(limits);
    }
}
