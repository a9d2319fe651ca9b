package kz.creativeeconomy.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encoded GET responses, keyed by their strong ETag. The ETag already names the data version and everything the bytes
 * depend on, so an entry can never be stale: a data change gives every request a new key, and old entries fall out
 * of the bounded (by bytes, least recently used) cache. A hot chart or a linked story is then served without a query.
 * <p>
 * A response is kept the second time its key is asked for, not the first: most keys of a filtered list are asked
 * for once (every journalist's query is a little different), and copying each of those into the cache only to evict
 * it unread cost every uncached request a copy of its bytes and pushed the hot entries out. The keys seen once are
 * remembered in a second, small bounded cache (the "doorkeeper" of TinyLFU).
 */
@ApplicationScoped
public class ResponseCache {

    /** A response bigger than this is not kept (exports, big JSON-stat cubes). */
    static final int MAX_ENTRY_BYTES = 1 << 20;

    public record Entry(byte[] body, String contentType, Map<String, String> headers) {
    }

    private final Cache<String, Entry> entries;
    private final Cache<String, Boolean> seenOnce;

    ResponseCache(@ConfigProperty(name = "api.cache.response-bytes", defaultValue = "67108864") long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> key.length() + entry.body().length + 256)
                .build();
        this.seenOnce = Caffeine.newBuilder().maximumSize(65_536).build();
    }

    /** Whether a response under this key is worth keeping: true from the second time the key is asked for. */
    public boolean admit(String etag) {
        return seenOnce.asMap().putIfAbsent(etag, Boolean.TRUE) != null;
    }

    public Entry get(String etag) {
        return entries.getIfPresent(etag);
    }

    public void put(String etag, Entry entry) {
        entries.put(etag, entry);
    }

    public long size() {
        return entries.estimatedSize();
    }
}
