package kz.creativeeconomy.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors. A cursor is the sort key of the last item of a page, URL-safe base64 encoded with a
 * version prefix, so a client cannot depend on its shape and the server can change it inside /v1.
 */
public final class Cursor {

    private static final String VERSION = "v1|";
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(List<String> keyParts) {
        String raw = VERSION + String.join(SEPARATOR, keyParts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into exactly {@code parts} key parts, or answers 400 naming the cursor parameter. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(VERSION)) {
                List<String> key = List.of(raw.substring(VERSION.length()).split(SEPARATOR, -1));
                if (key.size() == parts) {
                    return key;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.invalidParameter("cursor", "malformed cursor '" + abbreviate(cursor) + "'",
                "only the value taken from the 'next' link of a previous page");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
