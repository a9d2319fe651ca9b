package kz.creativeeconomy.observation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Catalogue entries by their text key, looked up with the key's UTF-8 bytes as the driver received them: every row of
 * every page names its source, status and breakdown as text, and decoding each into a new String only to hash it and
 * find the entry was several per cent of an uncached page. A key of two parts (a breakdown's dimension and member) is
 * looked up without joining them. Open addressing over a table at most half full; immutable once built.
 */
final class ByText<E> {

    private final byte[][] keys;
    /** Where a two-part key's first part ends in keys[n]; -1 for a one-part key. */
    private final int[] splits;
    private final Object[] values;
    private final int mask;

    private ByText(int capacity) {
        int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        keys = new byte[size][];
        splits = new int[size];
        values = new Object[size];
        mask = size - 1;
    }

    /** Entries by a one-part key. */
    static <E> ByText<E> of(Map<String, E> byKey) {
        ByText<E> table = new ByText<>(byKey.size());
        byKey.forEach((key, value) -> table.put(key.getBytes(StandardCharsets.UTF_8), -1, value));
        return table;
    }

    /** Entries by a two-part key: first.get(n) and second.get(n) name values.get(n). */
    static <E> ByText<E> ofPairs(java.util.List<String> first, java.util.List<String> second, java.util.List<E> values) {
        ByText<E> table = new ByText<>(values.size());
        for (int n = 0; n < values.size(); n++) {
            byte[] a = first.get(n).getBytes(StandardCharsets.UTF_8);
            byte[] b = second.get(n).getBytes(StandardCharsets.UTF_8);
            byte[] key = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, key, a.length, b.length);
            table.put(key, a.length, values.get(n));
        }
        return table;
    }

    private void put(byte[] key, int split, E value) {
        int hash = split < 0 ? hash(key, 0, key.length, 0) : hash(key, split, key.length, hash(key, 0, split, 0));
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (splits[slot] == split && Arrays.equals(keys[slot], key)) {
                throw new IllegalArgumentException("Duplicate key " + new String(key, StandardCharsets.UTF_8));
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        splits[slot] = split;
        values[slot] = value;
    }

    /** The entry of a one-part key, or null. */
    @SuppressWarnings("unchecked")
    E get(byte[] key) {
        if (key == null) {
            return null;
        }
        int slot = hash(key, 0, key.length, 0) & mask;
        for (byte[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (splits[slot] < 0 && Arrays.equals(k, key)) {
                return (E) values[slot];
            }
        }
        return null;
    }

    /** The entry of a two-part key, or null. */
    @SuppressWarnings("unchecked")
    E get(byte[] first, byte[] second) {
        if (first == null || second == null) {
            return null;
        }
        int slot = hash(second, 0, second.length, hash(first, 0, first.length, 0)) & mask;
        for (byte[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (splits[slot] == first.length && k.length == first.length + second.length
                    && Arrays.equals(k, 0, first.length, first, 0, first.length)
                    && Arrays.equals(k, first.length, k.length, second, 0, second.length)) {
                return (E) values[slot];
            }
        }
        return null;
    }

    /**
     * This table as one reader of a result sees it: rows in key order mostly repeat the previous row's key, so the last
     * key found is compared first, before a lookup. Not thread-safe: one per result.
     */
    Last<E> last() {
        return new Last<>(this);
    }

    static final class Last<E> {
        private final ByText<E> table;
        private byte[] first;
        private byte[] second;
        private E value;

        private Last(ByText<E> table) {
            this.table = table;
        }

        /** {@link ByText#get(byte[])}. */
        E get(byte[] key) {
            if (key == null || !Arrays.equals(key, first)) {
                remember(key, null, table.get(key));
            }
            return value;
        }

        /** {@link ByText#get(byte[], byte[])}. */
        E get(byte[] first, byte[] second) {
            if (first == null || second == null || !Arrays.equals(first, this.first) || !Arrays.equals(second, this.second)) {
                remember(first, second, table.get(first, second));
            }
            return value;
        }

        private void remember(byte[] first, byte[] second, E found) {
            value = found;
            this.first = found == null ? null : first;
            this.second = found == null ? null : second;
        }
    }

    private static int hash(byte[] bytes, int from, int to, int seed) {
        int h = seed * 31 + 1;
        for (int n = from; n < to; n++) {
            h = 31 * h + bytes[n];
        }
        return h ^ (h >>> 16);
    }
}
