package kz.creativeeconomy.http.caching;

import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.FormatFilter;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.RequestLanguage;

/**
 * Answers the two cheapest kinds of GET on the HTTP event loop, before the request reaches RESTEasy: a revalidation
 * whose If-None-Match names the current ETag (304), and a request whose encoded response is in the {@link ResponseCache}
 * (200 with the kept bytes). Both are what a linked chart or a portal's nightly sync mostly sends, and dispatching them
 * through the REST layer cost as much as the answer itself.
 * <p>
 * It computes the very ETag {@link HttpCaching} computes, with the same function, for requests whose path and query
 * need no decoding (letters, digits and {@code - _ . , : = & /}, every parameter with a value): for those the raw
 * text is the decoded text RESTEasy sees, so the two agree by construction. Anything else (percent-encoding, HEAD,
 * If-Modified-Since alone, a repeated header the key reads, a format, bom or lang RESTEasy would reject) is passed on
 * untouched, and {@link HttpCaching} answers it exactly as before. The headers are those {@link HttpCaching} adds;
 * CORS has run already (this filter's priority is below Quarkus's CORS filter).
 */
@ApplicationScoped
public class CachedResponses {

    /** Below CORS (300) and authentication (200): their headers and decisions come first. */
    static final int PRIORITY = 50;
    /** The request headers the ETag is computed from. */
    private static final List<String> KEY_HEADERS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE), HttpCaching.LINK_HEADERS.stream()).toList();

    /** The routing-context key of the ETag computed here for a request passed on. */
    static final String COMPUTED_ETAG = "creative-economy.computed-etag";

    record ComputedEtag(DataVersion.Version version, String etag) {
    }

    @Inject
    DataVersion dataVersion;
    @Inject
    ResponseCache responses;
    @Inject
    HttpCaching caching;
    @Inject
    kz.creativeeconomy.http.resilience.StaleResponses stale;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        try {
            if (answer(context)) {
                return;
            }
        } catch (RuntimeException e) {
            // Whatever this shortcut cannot handle, the REST layer can: it answers, or reports the problem.
            if (context.response().headWritten()) {
                throw e;
            }
        }
        context.next();
    }

    /** True when the request was answered here. */
    private boolean answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET) {
            return false;
        }
        String path = request.path();
        if (path == null || !plainPath(path) || isPrivate(path)) {
            return false;
        }
        MultiMap headers = request.headers();
        String ifNoneMatch = headers.get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null && headers.contains(HttpHeaders.IF_MODIFIED_SINCE)) {
            return false;
        }
        Map<String, List<String>> query = parse(request.query());
        if (query == null) {
            return false;
        }
        for (String name : KEY_HEADERS) {
            // Most of these are absent: a lookup, not a list for each (getAll made one, 1 % of a cached answer).
            if (headers.contains(name) && headers.getAll(name).size() > 1) {
                return false;
            }
        }
        // As FormatFilter does before HttpCaching: format= stands for Accept; a bad format or bom is RESTEasy's to report.
        String accept = headers.get(HttpHeaders.ACCEPT);
        String format = first(query, "format");
        if (format != null && !format.isBlank()) {
            accept = Formats.BY_NAME.get(format.trim());
            if (accept == null) {
                return false;
            }
        }
        String bom = first(query, "bom");
        if (bom != null && !bom.equals("true") && !bom.equals("false")) {
            return false;
        }
        String language = RequestLanguage.resolve(first(query, "lang"), headers.get(HttpHeaders.ACCEPT_LANGUAGE)).name();

        DataVersion.Version version = dataVersion.current();
        String acceptKey = accept;
        String etag = HttpCaching.etag(version.number(), path, query, name -> name.equals(HttpHeaders.ACCEPT) ? acceptKey : headers.get(name));
        // Not answered here after all: HttpCaching takes this ETag (of this data version) instead of computing it again.
        context.put(COMPUTED_ETAG, new ComputedEtag(version, etag));
        HttpServerResponse response = context.response();
        if (ifNoneMatch != null) {
            if (!HttpCaching.matches(ifNoneMatch, etag)) {
                return false;
            }
            validators(response, etag, version, query, language);
            stale.mark(response::putHeader);
            response.setStatusCode(304).end();
            return true;
        }
        ResponseCache.Entry cached = responses.get(etag);
        if (cached == null) {
            return false;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, cached.contentType());
        cached.headers().forEach(response::putHeader);
        validators(response, etag, version, query, language);
        // Served from memory while the database is down: still answered, marked stale (StaleResponses).
        stale.mark(response::putHeader);
        // The kept bytes themselves, wrapped: Buffer.buffer(byte[]) copied them into a new array for every answer (9 % of
        // the event loop's time on a 46 kB series, and as many bytes of garbage). Vert.x writes a duplicate and never
        // changes the bytes; Netty copies them once into its pooled direct buffers on the way to the socket.
        response.setStatusCode(200).end(Buffer.buffer(Unpooled.wrappedBuffer(cached.body())));
        return true;
    }

    private HttpServerResponse validators(HttpServerResponse response, String etag, DataVersion.Version version,
                                          Map<String, List<String>> query, String language) {
        return response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(HttpCaching.lastModified(version)))
                .putHeader(HttpHeaders.CACHE_CONTROL, caching.cacheControl(first(query, "as_of")))
                .putHeader(HttpHeaders.VARY, HttpCaching.VARY)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language);
    }

    /** A loop, not a stream: the stream pipeline cost 1.7 % of a cached answer (bench scenario 1). */
    private static boolean isPrivate(String path) {
        for (String prefix : HttpCaching.PRIVATE) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The parameters of a query that needs no decoding, in order; null for any other query. */
    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        if (!plain(query, "_.,:=&-")) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            parameters.computeIfAbsent(pair.substring(0, equals), name -> new ArrayList<>()).add(pair.substring(equals + 1));
        }
        return parameters;
    }

    /** /v1 and segments of letters, digits, _ and - (no empty segment, no trailing slash): the regular expression cost 1 % of a page. */
    static boolean plainPath(String path) {
        if (path.equals("/v1")) {
            return true;
        }
        return path.startsWith("/v1/") && !path.endsWith("/") && !path.contains("//") && plain(path.substring(4), "_-/");
    }

    /** Only ASCII letters, digits and the given punctuation. */
    private static boolean plain(String text, String punctuation) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || punctuation.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
