package kz.creativeeconomy.http.guard;

import kz.creativeeconomy.http.writes.BodyLimits;
import kz.creativeeconomy.http.HttpProblems;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with a problem+json body, the requests nothing behind it could answer well: a request line or header block
 * over the documented limits (414, 431), a percent-escape that does not decode or decodes to a NUL byte (400; PostgreSQL
 * cannot store or compare NUL, so such an id or filter failed deep in a query), and a write from a web page of another
 * site (403; writes are not open to cross-origin pages). Quarkus's own answers to these were empty bodies.
 * <p>
 * It runs first, on the event loop, and costs a plain request a length check, a walk over its headers and a scan of its
 * URI for '%'. Netty's own limits (application.properties) sit far above these, so nearly every oversized request gets
 * here and is answered with a problem; only one beyond Netty's limits still gets Netty's empty 414 or 431.
 */
@ApplicationScoped
public class RequestGuard {

    /** Before CORS (300): a refused write must not reach Quarkus's CORS filter, whose 403 has no body. */
    static final int PRIORITY = 1000;
    /** Router failures that can reach the client without passing through RESTEasy's exception mappers. */
    private static final Map<Integer, String[]> ROUTER_FAILURES = Map.of(
            400, new String[]{ProblemTypes.BAD_REQUEST, "Bad request", "The request cannot be read. Check its URL escapes, headers and body."},
            404, new String[]{ProblemTypes.NOT_FOUND, "Resource not found", "Nothing is served here. The API lives under /v1; see /q/openapi for every path."},
            405, new String[]{ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", "This resource does not answer this method."},
            413, new String[]{ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", "The body is over the server's limit. Nothing was changed."},
            414, new String[]{ProblemTypes.URI_TOO_LONG, "URI too long", "The request URI is over the server's limit."},
            415, new String[]{ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "The request body's Content-Type is not accepted here."},
            431, new String[]{ProblemTypes.HEADERS_TOO_LARGE, "Request header fields too large", "The request headers are over the server's limit."},
            500, new String[]{ProblemTypes.INTERNAL, "Internal error", "The server failed to answer. The failure is logged; please retry or report it."},
            503, new String[]{ProblemTypes.UNAVAILABLE, "Service unavailable", "The service cannot answer now; retry later."});

    @ConfigProperty(name = "api.limits.uri-length", defaultValue = "8192")
    int maxUriLength;
    @ConfigProperty(name = "api.limits.header-bytes", defaultValue = "16384")
    int maxHeaderBytes;
    /** Quarkus refuses a declared body over this with an empty 413 before any filter of RESTEasy's (BodyLimits) runs. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    /** Failures the router reports itself (a route that fails before any mapper) answer with a problem too. */
    void routerFailures(@Observes Router router) {
        ROUTER_FAILURES.forEach((status, problem) -> router.errorHandler(status, context -> HttpProblems.send(context,
                new Problem(problem[0], problem[1], status, problem[2], safePath(context.request()), null))));
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            refuse(context, 414, ProblemTypes.URI_TOO_LONG, "URI too long", "The request URI has " + uri.length()
                    + " characters; at most " + maxUriLength + " are accepted. Ask for fewer filter values per request.",
                    "request URI", "over the limit", "at most " + maxUriLength + " characters");
            return;
        }
        long headerBytes = headerBytes(request.headers());
        if (headerBytes > maxHeaderBytes) {
            refuse(context, 431, ProblemTypes.HEADERS_TOO_LARGE, "Request header fields too large", "The request headers have "
                    + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted.", "headers", "over the limit",
                    "at most " + maxHeaderBytes + " bytes of header names and values");
            return;
        }
        String length = request.headers().get("Content-Length");
        if (length != null && tooLong(length)) {
            // the body is not read: the connection cannot carry another request after it
            context.response().putHeader("Connection", "close").endHandler(ended -> request.connection().close());
            refuse(context, 413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", "The body declares " + length.trim()
                    + " bytes; the server accepts at most " + maxBody.asLongValue() + " (imports 64 MiB, other writes 64 KiB). Nothing was changed.",
                    "Content-Length", "over the limit", "at most " + maxBody.asLongValue() + " bytes");
            return;
        }
        HttpMethod method = request.method();
        if (request.headers().contains("Origin") && method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
            context.response().putHeader("Access-Control-Allow-Origin", "*");
            refuse(context, 403, ProblemTypes.CROSS_ORIGIN_WRITE, "Cross-origin write refused", "This request carries an Origin header, "
                    + "so it comes from a web page, and writes are not open to web pages: reads are (any origin may GET). Send writes "
                    + "from a server or a command-line client with an API key, without an Origin header.", "Origin", "writes from web pages are refused",
                    "no Origin header on POST, PUT, PATCH and DELETE");
            return;
        }
        if (!plainUri(uri) && !validUri(uri)) {
            refuse(context, 400, ProblemTypes.BAD_REQUEST, "Invalid request URI", "The request URI has a character that must be "
                    + "percent-encoded (such as a space, quote, |, ^, {, } or a non-ASCII letter).", "request URI", "not a valid URI",
                    "characters allowed by RFC 3986, anything else percent-encoded as UTF-8");
            return;
        }
        if (uri.indexOf('%') >= 0 && !escapesDecode(context, uri)) {
            return;
        }
        context.next();
    }

    /**
     * Only characters RFC 3986 allows unescaped. Quarkus parsed every URI with java.net.URI to refuse the others with an
     * empty 400; that check is turned off (-Dvertx.disableURIValidation=true, see deploy/jvm.options) and done here, with a
     * problem, and only for the rare URI that needs it.
     */
    private static boolean plainUri(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUri(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Netty refuses a Content-Length that is not a number before this runs
        }
    }

    /** Checks each escaped part of the URI; answers 400 and returns false for the first that is bad. */
    private boolean escapesDecode(RoutingContext context, String uri) {
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String bad = badText(path);
        if (bad != null) {
            refuse(context, 400, ProblemTypes.INVALID_PARAMETER, "Invalid path", "The path " + bad + ".", "path", bad,
                    "percent-escapes of UTF-8 text (%XX with two hex digits), never %00");
            return false;
        }
        if (question < 0) {
            return true;
        }
        for (String pair : uri.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String nameProblem = badText(name);
            if (nameProblem != null) {
                refuse(context, 400, ProblemTypes.INVALID_PARAMETER, "Invalid query parameter", "A query parameter name " + nameProblem + ".",
                        "query string", nameProblem, "percent-escapes of UTF-8 text (%XX with two hex digits), never %00");
                return false;
            }
            String valueProblem = equals < 0 ? null : badText(pair.substring(equals + 1));
            if (valueProblem != null) {
                String decodedName = QueryStringDecoder.decodeComponent(name);
                refuse(context, 400, ProblemTypes.INVALID_PARAMETER, "Invalid query parameter", "Parameter '" + decodedName + "': the value "
                        + valueProblem + ".", decodedName, valueProblem, "percent-escapes of UTF-8 text (%XX with two hex digits), never %00");
                return false;
            }
        }
        return true;
    }

    /** Why this raw URI part cannot be used, or null when it decodes to text without NUL. */
    private static String badText(String raw) {
        if (raw.indexOf('%') < 0) {
            return null;
        }
        String decoded;
        try {
            decoded = QueryStringDecoder.decodeComponent(raw);
        } catch (IllegalArgumentException e) {
            return "has a percent-escape that is not % and two hex digits";
        }
        return decoded.indexOf('\0') >= 0 ? "contains a NUL byte (%00)" : null;
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail, String parameter,
                               String reason, String allowed) {
        HttpProblems.send(context, HttpProblems.problem(status, type, title, detail, safePath(context.request()), parameter, reason, allowed));
    }

    /** The path for a problem's instance: the raw one, cut short, since the decoded one may be what is wrong. */
    private static String safePath(HttpServerRequest request) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        return path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
