package kz.creativeeconomy.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a plausible one (a proxy or the ingress usually sets
 * it), a new UUID otherwise. The id goes back in the response's X-Request-Id, into the logging context as
 * {@value #MDC_KEY} (so every log line the request causes carries it, in plain and JSON logs), and into problem
 * responses ({@code request_id}), so a user's error report leads straight to the log lines.
 * <p>
 * A Vert.x filter ahead of everything else, because the event-loop response cache answers some requests before the
 * REST layer sees them. Quarkus keeps the MDC on the request's Vert.x context, so worker threads see it too.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    /** Where the id waits on the request for those who need it (ProblemMappers). */
    static final String CONTEXT_KEY = "creative-economy.request-id";
    /** A caller's id is kept only if it could not smuggle anything into a log line or a header: short and plain. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        // The highest priority runs first.
        filters.register(this::assign, Integer.MAX_VALUE);
    }

    void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        context.put(CONTEXT_KEY, id);
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    /**
     * A random (version 4) UUID from the thread's fast generator rather than SecureRandom: an id correlates log lines, it
     * guards nothing, and under overload every shed request needs one (SecureRandom was 3 % of the event loops' time).
     */
    static String newId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
