package kz.creativeeconomy.http.formats;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps compression to the media types application.properties names (the explorer's HTML, CSS, JavaScript and SVG).
 * Quarkus marks a response "Content-Encoding: identity" in a route of order 0 and lifts the mark for those types; the
 * filters run before that route, and a response they finish (a cached answer, a 304, a 429, a refused request) went out
 * gzip-compressed whatever its type, so the same JSON had other bytes from the cache than from the REST layer. Marked
 * here first, such a response leaves as it did before compression was turned on.
 */
@ApplicationScoped
public class CompressionScope {

    /** Before every other filter of ours. */
    static final int PRIORITY = 1200;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        context.response().headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        context.next();
    }
}
