package kz.creativeeconomy.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Paging for the small catalogue lists (regions, indicators, sources, ...), which are read whole and cut here. */
public final class Pages {

    private Pages() {
    }

    public static <T, D> Page<D> of(List<T> rows, Function<T, String> key, Function<T, D> toDto, String limitParam, String cursor, UriInfo uri) {
        int limit = QueryParams.limit(limitParam);
        List<T> sorted = rows.stream().sorted(Comparator.comparing(key)).toList();
        int from = 0;
        if (cursor != null && !cursor.isBlank()) {
            String after = Cursor.decode(cursor, 1).get(0);
            while (from < sorted.size() && key.apply(sorted.get(from)).compareTo(after) <= 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + limit);
        List<D> items = sorted.subList(from, to).stream().map(toDto).toList();
        String next = to < sorted.size() ? nextUrl(uri, Cursor.encode(List.of(key.apply(sorted.get(to - 1))))) : null;
        return new Page<>(items, next);
    }

    /**
     * The request's absolute URL with cursor replaced: every other parameter as the client sent it (raw, its encoding
     * kept), the new cursor last. Built as text: a UriBuilder parsed, re-encoded and re-parsed the URL for every page.
     */
    public static String nextUrl(UriInfo uri, String cursor) {
        return nextUrl(uri.getRequestUri().toString(), cursor);
    }

    /** {@link #nextUrl(UriInfo, String)} from the request's absolute URL as text, for a caller that has it unparsed. */
    public static String nextUrl(String requestUrl, String cursor) {
        int queryStart = requestUrl.indexOf('?'); // a request URI has no fragment
        String query = queryStart < 0 ? null : requestUrl.substring(queryStart + 1);
        int end = queryStart < 0 ? requestUrl.length() : queryStart;
        StringBuilder next = new StringBuilder(requestUrl.length() + cursor.length() + 8).append(requestUrl, 0, end).append('?');
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor=")) {
                    next.append(pair).append('&');
                }
            }
        }
        next.append("cursor=").append(java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
        return next.toString();
    }

    /** The cursor a next URL carries (nextUrl writes it last), decoded; null for no next page. */
    public static String cursorOf(String next) {
        if (next == null) {
            return null;
        }
        int at = next.lastIndexOf("cursor=");
        return at < 0 ? null : java.net.URLDecoder.decode(next.substring(at + "cursor=".length()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
