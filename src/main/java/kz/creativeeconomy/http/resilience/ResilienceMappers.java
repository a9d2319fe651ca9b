package kz.creativeeconomy.http.resilience;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 503 with Retry-After for what the service sheds itself; database failures reach {@link #unavailable} from ProblemMappers. */
public class ResilienceMappers {

    private static final Logger LOG = Logger.getLogger(ResilienceMappers.class);

    @ServerExceptionMapper
    public Response shed(ServiceUnavailableException e, UriInfo uri) {
        return Unavailable.response(e.getMessage(), path(uri));
    }

    /** The 503 for a failure of the database's availability, or null when the failure is something else (a bug: 500). */
    public static Response unavailable(Throwable failure, UriInfo uri) {
        return DatabaseFailures.classify(failure).map(kind -> {
            // Not a defect: one line, no stack trace, so an outage does not bury the log.
            LOG.warnf("503 on %s: database %s (%s)", path(uri), kind.name().toLowerCase(java.util.Locale.ROOT), rootMessage(failure));
            return Unavailable.response(kind.detail(), path(uri));
        }).orElse(null);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
