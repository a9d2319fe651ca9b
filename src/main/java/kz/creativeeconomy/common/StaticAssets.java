package kz.creativeeconomy.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * URLs of the stylesheets and scripts pages link to, with a hash of their bytes appended (?v=…). Quarkus serves static
 * files with a day's max-age; a page whose asset changed in a deploy then names a URL no cache has, instead of
 * pairing new HTML with yesterday's CSS for a day.
 */
public final class StaticAssets {

    private static final Map<String, String> VERSIONED = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The path of a file under META-INF/resources with ?v= and the first 12 hex digits of its SHA-256. */
    public static String url(String path) {
        return VERSIONED.computeIfAbsent(path, StaticAssets::withHash);
    }

    private static String withHash(String path) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No static file " + path);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
