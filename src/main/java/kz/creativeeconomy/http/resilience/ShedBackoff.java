package kz.creativeeconomy.http.resilience;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.ext.web.RoutingContext;

/**
 * After a request is shed, its connection's next request is read only after a short pause ({@code REQUEST_SHED_BACKOFF},
 * default 20 ms). The 503 itself goes out at once; the pause is TCP's own back-pressure on a connection that asks again
 * without waiting for Retry-After: the next request waits in the socket, costing nothing, instead of being read, routed
 * and shed again. A client that honours Retry-After (seconds) never meets it.
 * <p>
 * Why: under four times the connections the service can serve, the excess connections asked again as soon as each 503
 * arrived, some 12,000 to 16,000 times a second on 2 cores. Answering them took most of the CPU, the database's
 * backends waited for it (single statements of 0.3 ms took up to 0.5 s), and the served requests' p99 was 3 to 6 times
 * that of normal load. With the pause, the same overload sheds about 4,000 a second and serves twice as many requests
 * (bench scenario 10, issue 23 point 5). The pause is per connection: a proxy that multiplexes several users over one
 * keep-alive connection delays the next of them by at most the pause, and only while the service sheds.
 * <p>
 * Vert.x has no public way to stop reading a connection between requests; {@link Http1xServerConnection#doPause()} is
 * what its own request back-pressure uses. The service speaks HTTP/1.1 only (Http1Only); any other connection is not
 * paused.
 */
final class ShedBackoff {

    private ShedBackoff() {
    }

    /** Called on the connection's event loop, after the shed answer was written. */
    static void pause(RoutingContext routing, long millis) {
        if (millis <= 0) {
            return;
        }
        HttpConnection connection = routing.request().connection();
        if (connection instanceof Http1xServerConnection http1 && !routing.response().closed()) {
            http1.doPause();
            routing.vertx().setTimer(millis, id -> http1.doResume());
        }
    }
}
