package kz.creativeeconomy.http.guard;

import kz.creativeeconomy.http.caching.CachedResponses;
import kz.creativeeconomy.http.HttpProblems;

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
import kz.creativeeconomy.observability.Meters;
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
    private final Allowance anonymous;
    private final Allowance keyed;
    private final Map<String, Allowance> perKeyName;
    private final Map<String, Allowance> perAddress;
    private final Cache<String, Bucket> byAddress;
    private final Cache<String, Bucket> byKey;
    private final Function<String, Bucket> newAnonymousBucket;
    private final String anonymousLimitText;

    @Inject
    KnownKeys keys;
    @Inject
    Meters meters;

    RateLimiter(@ConfigProperty(name = "api.rate-limit.per-minute", defaultValue = "120") long anonymousPerMinute,
                @ConfigProperty(name = "api.rate-limit.key-per-minute", defaultValue = "1200") long keyPerMinute,
                @ConfigProperty(name = "api.rate-limit.key-overrides", defaultValue = "none") String keyOverrides,
                @ConfigProperty(name = "api.rate-limit.address-overrides", defaultValue = "none") String addressOverrides,
                @ConfigProperty(name = "api.rate-limit.clients", defaultValue = "100000") long clients) {
        this.anonymousPerMinute = anonymousPerMinute;
        this.perKeyName = overrides(keyOverrides);
        this.perAddress = overrides(addressOverrides);
        this.byAddress = Caffeine.newBuilder().maximumSize(clients).expireAfterAccess(Duration.ofMinutes(2)).build();
        this.byKey = Caffeine.newBuilder().maximumSize(clients).expireAfterAccess(Duration.ofMinutes(2)).build();
        this.anonymous = new Allowance(anonymousPerMinute, Duration.ofMinutes(1));
        this.keyed = new Allowance(keyPerMinute, Duration.ofMinutes(1));
        this.newAnonymousBucket = address -> bucket(anonymous);
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
        Allowance allowance = anonymous;
        String limitText = anonymousLimitText;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String name = keys.nameOf(authorization.substring(7).trim());
            if (name != null) {
                Allowance forKey = allowance = perKeyName.getOrDefault(name, keyed);
                limitText = Long.toString(forKey.requests());
                // The bucket follows the key's name, so a client with two keys of one name shares one allowance.
                bucket = byKey.get(name, ignored -> bucket(forKey));
            }
        }
        if (bucket == null) {
            SocketAddress address = request.remoteAddress();
            String host = address == null || address.host() == null ? "unknown" : address.host();
            Allowance own = perAddress.isEmpty() ? null : perAddress.get(host);
            if (own == null) {
                bucket = byAddress.get(host, newAnonymousBucket);
            } else {
                allowance = own;
                limitText = Long.toString(own.requests());
                bucket = byAddress.get(host, ignored -> bucket(own));
            }
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
        meters.rateLimitRejected();
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        headers.set("Retry-After", Long.toString(retryAfter));
        HttpProblems.send(context, new Problem(ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", 429,
                "This client may send " + allowance.requests() + " requests an " + (allowance.window().toHours() >= 1 ? "hour" : "minute")
                        + (authorization == null ? " without an API key" : "") + ". Retry after " + retryAfter
                        + " s; responses carry ETags, so revalidating with If-None-Match is cheap.", path, null));
    }

    /** So many requests per window, refilled evenly over it. */
    record Allowance(long requests, Duration window) {
    }

    private static Bucket bucket(Allowance allowance) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance.requests()).refillGreedy(allowance.requests(), allowance.window()))
                // One client's requests rarely contend; a lock costs less than the lock-free variant's copy per request.
                .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /**
     * "who=limit,who=limit/h": a key (by its name) or an address with a limit of its own, per minute, or per hour with
     * /h (a partner's nightly sync, a client that misbehaves).
     */
    static Map<String, Allowance> overrides(String text) {
        Map<String, Allowance> limits = new HashMap<>();
        for (String entry : text.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (!entry.isBlank() && equals > 0) {
                String limit = entry.substring(equals + 1).trim();
                boolean hourly = limit.endsWith("/h");
                limits.put(entry.substring(0, equals).trim(), new Allowance(Long.parseLong(hourly ? limit.substring(0, limit.length() - 2) : limit),
                        hourly ? Duration.ofHours(1) : Duration.ofMinutes(1)));
            }
        }
        return Map.copyOf(limits);
    }
}
