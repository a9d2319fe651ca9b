package kz.creativeeconomy.http.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
 * remembered as 64-bit fingerprints in a fixed table, one slot per key hash (the "doorkeeper" of TinyLFU): a newer key
 * whose hash lands on the same slot takes it over, so a key is remembered for about {@value #SEEN_SLOTS} other keys. A
 * bounded Caffeine map did the same at 1.6 % of every uncached page (its eviction bookkeeping, for keys never read).
 */
@ApplicationScoped
public class ResponseCache {

    /** A response bigger than this is not kept (exports, big JSON-stat cubes). */
    static final int MAX_ENTRY_BYTES = 1 << 20;

    public record Entry(byte[] body, String contentType, Map<String, String> headers) {
    }

    private final Cache<String, Entry> entries;
    static final int SEEN_SLOTS = 1 << 16;
    private final java.util.concurrent.atomic.AtomicLongArray seenOnce = new java.util.concurrent.atomic.AtomicLongArray(SEEN_SLOTS);

    ResponseCache(@ConfigProperty(name = "api.cache.response-bytes", defaultValue = "67108864") long maxBytes, MeterRegistry registry) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> key.length() + entry.body().length + 256)
                .recordStats()
                .build();
        // cache_gets_total{cache="responses",result="hit"|"miss"}, evictions and size at /q/metrics.
        CaffeineCacheMetrics.monitor(registry, entries, "responses");
    }

    /** Whether a response under this key is worth keeping: true from the second time the key is asked for. */
    public boolean admit(String etag) {
        long fingerprint = fingerprint(etag);
        int slot = (int) (fingerprint ^ fingerprint >>> 32) & (SEEN_SLOTS - 1);
        return seenOnce.getAndSet(slot, fingerprint) == fingerprint;
    }

    /** A 64-bit hash of the key (String.hashCode has 32 bits: two keys a table apart would pass for one too often). */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h ^ h >>> 29;
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
