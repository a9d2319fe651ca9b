package kz.creativeeconomy.common;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.http.resilience.ResilienceMappers;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json: no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.NOT_FOUND, "Resource not found", 404,
                "Nothing is served at " + path(uri) + ". The API lives under /v1; see /q/openapi for every path.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allowed = String.join(", ", e.getResponse().getAllowedMethods());
        if (allowed.isBlank()) {
            // Quarkus REST does not fill Allow: the resource classes say what this path answers.
            allowed = uri == null ? null : AllowedMethods.forPath(path(uri));
        }
        if (allowed == null) {
            allowed = "GET, HEAD, OPTIONS";
        }
        Response response = respond(new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                "This resource answers " + allowed + ".", path(uri), null));
        return Response.fromResponse(response).header("Allow", allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406,
                "None of the media types in Accept can be served here. Supported: application/json everywhere, text/csv on every list (or format=csv), format=json-stat on /v1/observations, image/svg+xml and image/png (format=svg, format=png) on /v1/indicators/{code}/series.",
                path(uri), null));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                "The request body's Content-Type is not accepted here.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response otherClientError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Response unavailable = ResilienceMappers.unavailable(e, uri);
            if (unavailable != null) {
                return unavailable;
            }
            LOG.error("Request failed: " + path(uri), e);
            return respond(internal(uri));
        }
        String detail = e instanceof ClientErrorException && e.getMessage() != null ? e.getMessage() : "The request cannot be served.";
        return respond(new Problem(ProblemTypes.BAD_REQUEST, Response.Status.fromStatusCode(status) == null
                ? "Bad request" : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // A database that is down, out of connections or past its statement timeout is a 503 to retry, not a bug.
        Response unavailable = ResilienceMappers.unavailable(e, uri);
        if (unavailable != null) {
            return unavailable;
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(internal(uri));
    }

    private static Problem internal(UriInfo uri) {
        return new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The server failed to answer. The failure is logged; please retry or report it.", path(uri), null);
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
