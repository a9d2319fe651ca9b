package kz.creativeeconomy.http.resilience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTypes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one answer for "not now": 503 application/problem+json of type service-unavailable with Retry-After, whether the
 * database is down, a statement ran out of time, no connection or worker came free in time, or the export cap is
 * reached. Clients retry after the given seconds (README, "Limits, timeouts and what clients do on 503").
 */
public final class Unavailable {

    public static final String RETRY_AFTER = "Retry-After";
    static final String TITLE = "Service unavailable";
    /** The same snake_case JSON as the REST layer writes, for answers given on the event loop before it. */
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private Unavailable() {
    }

    /**
     * Seconds a client should wait before trying again ({@code RETRY_AFTER_SECONDS}, default 5), read once when first
     * needed: under overload every shed request carries it, and a configuration lookup per answer was 15 % of the event
     * loops' time (bench scenario 10).
     */
    private static final class RetryAfter {
        static final String VALUE = Long.toString(
                ConfigProvider.getConfig().getOptionalValue("api.resilience.retry-after-seconds", Long.class).orElse(5L));
    }

    public static Problem problem(String detail, String instance) {
        return new Problem(ProblemTypes.UNAVAILABLE, TITLE, 503, detail, instance, null);
    }

    /** The REST layer's response. */
    public static Response response(String detail, String instance) {
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem(detail, instance))
                .header(RETRY_AFTER, RetryAfter.VALUE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The same answer written straight to Vert.x, for requests shed before they reach the REST layer. */
    static void write(HttpServerResponse response, String detail, String instance) {
        if (response.ended() || response.closed()) {
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(problem(detail, instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RETRY_AFTER, RetryAfter.VALUE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
