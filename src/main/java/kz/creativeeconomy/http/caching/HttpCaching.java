package kz.creativeeconomy.http.caching;

import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.FormatFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.common.RequestLanguage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching for every GET and HEAD under /v1. The strong ETag is a hash of the data version and of everything the
 * representation depends on (path, query, Accept, Accept-Language), so it is computed before the query runs and a
 * revalidation costs no database work but one cached version read. Last-Modified is when the data last changed.
 */
public class HttpCaching {

    static final String ETAG = "creative-economy.etag";
    static final String LAST_MODIFIED = "creative-economy.last-modified";
    /** Set on a 200 whose bytes {@link ResponseCapture} should keep, under this ETag. */
    static final String CACHE_AS = "creative-economy.cache-as";
    static final String FROM_CACHE = "creative-economy.from-cache";
    static final String VARY = "Accept, Accept-Language, Origin";
    /** Request headers the bytes depend on besides Accept and Accept-Language: absolute links are built from them. */
    static final List<String> LINK_HEADERS = List.of("Host", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "Forwarded");
    /** as_of this long before now is history no transaction still in flight can change. */
    static final long IMMUTABLE_AFTER_SECONDS = 300;

    @Inject
    DataVersion dataVersion;
    @Inject
    RequestLanguage language;
    @Inject
    ResponseCache responses;
    @Inject
    kz.creativeeconomy.http.resilience.StaleResponses stale;

    @ConfigProperty(name = "api.cache.max-age", defaultValue = "300")
    long maxAge;
    @ConfigProperty(name = "api.cache.stale-while-revalidate", defaultValue = "86400")
    long staleWhileRevalidate;

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Response conditionalGet(ContainerRequestContext request, RoutingContext routing) {
        if (!cacheable(request)) {
            return null;
        }
        CachedResponses.ComputedEtag computed = routing.get(CachedResponses.COMPUTED_ETAG);
        DataVersion.Version version = computed != null ? computed.version() : dataVersion.current();
        String etag = computed != null ? computed.etag()
                : etag(version.number(), request.getUriInfo().getPath(), request.getUriInfo().getQueryParameters(), request::getHeaderString);
        Instant lastModified = lastModified(version);
        request.setProperty(ETAG, etag);
        request.setProperty(LAST_MODIFIED, lastModified);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean notModified;
        if (ifNoneMatch != null) {
            notModified = matches(ifNoneMatch, etag);
        } else {
            Instant since = parseDate(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
            notModified = since != null && !lastModified.isAfter(since);
        }
        if (notModified) {
            return Response.notModified().build();
        }
        ResponseCache.Entry cached = responses.get(etag);
        if (cached != null) {
            request.setProperty(FROM_CACHE, Boolean.TRUE);
            Response.ResponseBuilder hit = Response.ok(cached.body(), cached.contentType());
            cached.headers().forEach(hit::header);
            return hit.build();
        }
        return null;
    }

    @ServerResponseFilter
    public void validators(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        Object etag = request.getProperty(ETAG);
        int status = response.getStatus();
        if (etag != null && status == 200 && request.getProperty(FROM_CACHE) == null
                && !(response.getEntity() instanceof jakarta.ws.rs.core.StreamingOutput) && responses.admit((String) etag)) {
            request.setProperty(CACHE_AS, etag);
        }
        if (etag != null && (status == 200 || status == 304)) {
            headers.putSingle(HttpHeaders.ETAG, etag);
            headers.putSingle(HttpHeaders.LAST_MODIFIED, httpDate((Instant) request.getProperty(LAST_MODIFIED)));
            headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request.getUriInfo().getQueryParameters().getFirst("as_of")));
            if (status == 304 || request.getProperty(FROM_CACHE) != null) {
                stale.mark(headers::putSingle);
            }
        } else if (request.getUriInfo().getPath().startsWith("/v1")
                && (status >= 400 || !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                    || PRIVATE.stream().anyMatch(request.getUriInfo().getPath()::startsWith))) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (request.getUriInfo().getPath().startsWith("/v1")) {
            headers.putSingle(HttpHeaders.VARY, VARY);
            if (status == 200 || status == 304) {
                headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, languageOrDefault());
            }
        }
        writeAnswerTag(request, response);
        if (status == 200 && response.getEntity() instanceof Paged page && page.next() != null && !headers.containsKey("Link")) {
            headers.add("Link", "<" + page.next() + ">; rel=\"next\"");
        }
        MediaType type = response.getMediaType();
        if (status == 200 && type != null && type.isCompatible(Formats.CSV_TYPE) && !headers.containsKey("Content-Disposition")) {
            headers.putSingle("Content-Disposition", "attachment; filename=\"" + fileName(request) + ".csv\"");
        } else if (status == 200 && type != null && type.isCompatible(Formats.XLSX_TYPE) && !headers.containsKey("Content-Disposition")) {
            headers.putSingle("Content-Disposition", "attachment; filename=\"" + fileName(request) + ".xlsx\"");
        }
    }

    /**
     * A write that answers with the resource (201 with Location, or 200 to a PUT) carries the ETag a GET of it would
     * carry now, so a client can send its next If-Match without reading the resource again.
     */
    private void writeAnswerTag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v1") || response.getEntity() == null
                || !(status == 201 && method.equals("POST") || status == 200 && method.equals("PUT"))) {
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String resource = status == 201 && location != null ? java.net.URI.create(location).getPath() : path;
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag(dataVersion.current().number(), resource,
                request.getUriInfo().getQueryParameters(), request::getHeaderString));
    }

    private String languageOrDefault() {
        try {
            return language.get().name();
        } catch (RuntimeException e) {
            return "en";
        }
    }

    /** Paths whose responses depend on who asks: never cached by shared caches. */
    static final List<String> PRIVATE = List.of("/v1/api-keys", "/v1/audit-log", "/v1/imports");

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith("/v1") && PRIVATE.stream().noneMatch(path::startsWith);
    }

    /** Cache-Control of a 200 or 304 answered with validators. */
    String cacheControl(String asOf) {
        return immutable(asOf) ? "public, max-age=31536000, immutable"
                : "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
    }

    static Instant lastModified(DataVersion.Version version) {
        return version.changedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The last instant formatted, and its text: nearly every response carries the same Last-Modified (the data version's). */
    private record FormattedDate(Instant instant, String text) {
    }

    private static volatile FormattedDate lastFormatted = new FormattedDate(Instant.EPOCH, format(Instant.EPOCH));

    static String httpDate(Instant instant) {
        FormattedDate last = lastFormatted;
        if (!last.instant().equals(instant)) {
            lastFormatted = last = new FormattedDate(instant, format(instant));
        }
        return last.text();
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A response about the past (as_of well before now) never changes: history is append-only. */
    private static boolean immutable(String asOf) {
        if (asOf == null) {
            return false;
        }
        try {
            return kz.creativeeconomy.common.Times.parseInstant("as_of", asOf).isBefore(Instant.now().minusSeconds(IMMUTABLE_AFTER_SECONDS));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The strong ETag of a representation: the data version and a hash of the (decoded) path, the query parameters in
     * name order, Accept (after FormatFilter has applied format=), Accept-Language and the headers links are built from.
     */
    static String etag(long version, String path, Map<String, List<String>> queryParameters, Function<String, String> header) {
        StringBuilder key = new StringBuilder().append(version).append('\n').append(path).append('\n');
        Map<String, List<String>> query = new TreeMap<>(queryParameters);
        query.forEach((name, values) -> key.append(name).append('=').append(String.join(",", values)).append('&'));
        key.append('\n').append(nullToEmpty(header.apply(HttpHeaders.ACCEPT)))
                .append('\n').append(nullToEmpty(header.apply(HttpHeaders.ACCEPT_LANGUAGE)));
        // next links, Location and JSON-stat href are absolute: a response for one Host must never answer another.
        for (String name : LINK_HEADERS) {
            key.append('\n').append(nullToEmpty(header.apply(name)));
        }
        byte[] digest = SHA_256.get().digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    }

    /**
     * One digest per thread (digest() resets it): every uncached request hashes its key, and looking the algorithm up
     * through the security providers each time was a third of the hashing (bench scenarios 3 and 10).
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix on the client's copy still matches. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        List<String> tags = new ArrayList<>();
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            tags.add(trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed);
        }
        return tags.contains(etag);
    }

    private static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // RFC 9110: an invalid date is ignored
        }
    }

    /**
     * The path and the filters that choose the slice (indicator, region, period), so that a journalist's downloads of two
     * slices do not overwrite each other: observations-creative-gva-east-kazakhstan.csv.
     */
    private static String fileName(ContainerRequestContext request) {
        StringBuilder name = new StringBuilder(request.getUriInfo().getPath().replaceFirst("^/v1/", ""));
        var query = request.getUriInfo().getQueryParameters();
        for (String filter : List.of("indicator", "region", "period")) {
            for (String value : query.getOrDefault(filter, List.of())) {
                name.append('-').append(value);
            }
        }
        String safe = name.toString().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-+$", "");
        return safe.length() <= 120 ? safe : safe.substring(0, 120).replaceAll("-+$", "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
