package kz.creativeeconomy.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Values a careless or hostile client sends, already in the form they take in a URL (so broken escapes stay broken):
 * wrong types, huge and negative numbers, NUL and control bytes, invalid escapes and UTF-8, over-long text, bad
 * cursors, periods and dates.
 */
final class HostileValues {

    static final List<String> URL_VALUES = List.of(
            "", "%20", "+", "%00", "abai%00", "%00abai", "%01", "%1F", "%7F", "%09", "%0A%0D", "%zz", "%", "%4", "%%", "%E2%82", "%FF%FE",
            "%C0%AF", "-1", "0", "-0", "00", "1.5", "1e309", "-1e309", "99999999999999999999", "-9223372036854775809", "2147483648",
            "-2147483648", "NaN", "Infinity", "true", "null", "undefined", "%27%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%D3%A8%D1%81%D0%BA%D0%B5%D0%BC%D0%B5%D0%BD", "..%2F..%2Fetc%2Fpasswd", "%2F", "%2C%2C%2C", "a,,b", ",", "*", "%2A",
            "2023-13", "2023-00", "2023-Q5", "2023-Q0", "2023-H3", "2023-W60", "9999", "0000", "10000", "-2023", "2023-", "20231",
            "2024-02-30", "%2B999999999-01-01", "1900-01-01", "2024-01-01T25:00:00Z", "2024-01-01T00:00:00", "yesterday",
            "eyJpZCI6LTF9", "AAAA", "____", "-_-_", "%3D%3D", "json-stat", "csv", "xml", "EN", "kk-KZ", "ru%00");

    static final List<String> ACCEPT = List.of("application/json", "text/csv", "*/*", "application/problem+json", "image/png",
            "text/html", "application/json;q=0", "garbage", "application/*", "text/*;q=0.5, application/json", "application/json;q=abc",
            "application/json-stat+json", ";;;", "*/*;q=0.1, text/csv;q=0.9");
    static final List<String> ACCEPT_LANGUAGE = List.of("en", "ru", "kk", "kk-KZ,ru;q=0.8", "*", "xx", "en;q=abc", ";;;", "ru;q=0",
            "zh-Hant-TW-x-private-extension", "en-US,en;q=0.9,ru;q=0.8,kk;q=0.7", "q=1", ",");

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    /** A hostile value, URL-ready. */
    String urlValue() {
        int pick = random.nextInt(URL_VALUES.size() + 4);
        if (pick < URL_VALUES.size()) {
            return URL_VALUES.get(pick);
        }
        return switch (pick - URL_VALUES.size()) {
            case 0 -> "a".repeat(200 + random.nextInt(4000));
            case 1 -> cursor();
            case 2 -> String.valueOf(random.nextLong());
            default -> "%" + String.format("%02X", random.nextInt(32));
        };
    }

    /** A random cursor-like token: base64url of random bytes or of JSON that is not a cursor. */
    String cursor() {
        byte[] bytes = random.nextBoolean() ? new byte[1 + random.nextInt(40)]
                : ("{\"id\":" + random.nextInt() + ",\"k\":\"" + random.nextInt() + "\"}").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 40) {
            random.nextBytes(bytes);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String accept() {
        return ACCEPT.get(random.nextInt(ACCEPT.size()));
    }

    String acceptLanguage() {
        return random.nextInt(20) == 0 ? "a".repeat(500) : ACCEPT_LANGUAGE.get(random.nextInt(ACCEPT_LANGUAGE.size()));
    }

    /** A request body that can never be a valid write (the fuzzer must not change the shared test data). */
    byte[] body(boolean csv) {
        String text = switch (random.nextInt(10)) {
            case 0 -> "{";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "{\"fuzz_unknown_field\": \"\\u0000\", \"name\": \"\\u0001\"}";
            case 4 -> "{\"fuzz_unknown_field\": 1, \"value\": 1e99999, \"year\": 99999999999999999999}";
            case 5 -> "[".repeat(3000) + "]".repeat(3000);
            case 6 -> "{\"fuzz_unknown_field\": \"" + "x".repeat(70_000) + "\"}";
            case 7 -> csv ? "indicator_code,region_code,period_code,value,status,source_id\ncreative-gva,mars,2023,1.5,final,authors-text\n"
                    : "[{\"indicator\": \"creative-gva\", \"region\": \"mars\", \"period\": \"2023\", \"value\": \"1\", \"status\": \"final\", \"source\": \"authors-text\"}]";
            case 8 -> null;
            default -> "{\"fuzz_unknown_field\": true, \"id\": -1, \"code\": \"%00\"}";
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }
}
