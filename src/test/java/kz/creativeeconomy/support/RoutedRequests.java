package kz.creativeeconomy.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts, per raw URI, the requests that get past the application's own Vert.x filters to the routes (RESTEasy): a
 * test-only filter with the lowest priority, so a request answered earlier (kz.creativeeconomy.http.caching.CachedResponses)
 * is not counted.
 */
@ApplicationScoped
public class RoutedRequests {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(context -> {
            counts.computeIfAbsent(context.request().uri(), uri -> new AtomicInteger()).incrementAndGet();
            context.next();
        }, 1);
    }

    public int count(String uri) {
        AtomicInteger count = counts.get(uri);
        return count == null ? 0 : count.get();
    }
}
