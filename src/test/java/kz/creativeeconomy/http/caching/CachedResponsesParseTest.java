package kz.creativeeconomy.http.caching;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedResponsesParseTest {

    @Test
    void aQueryThatNeedsNoDecodingIsReadAsRestEasyReadsIt() {
        assertEquals(Map.of(), CachedResponses.parse(null));
        assertEquals(Map.of(), CachedResponses.parse(""));
        assertEquals(Map.of("indicator", List.of("a,b"), "breakdown", List.of("sex:female"), "lang", List.of("")),
                CachedResponses.parse("indicator=a,b&breakdown=sex:female&lang="));
        assertEquals(Map.of("region", List.of("x", "y")), CachedResponses.parse("region=x&region=y"));
    }

    @Test
    void aQueryThatNeedsDecodingOrHasABareNameIsLeftToRestEasy() {
        assertNull(CachedResponses.parse("indicator=a%2Cb"));
        assertNull(CachedResponses.parse("q=a+b"));
        assertNull(CachedResponses.parse("limit"));
        assertNull(CachedResponses.parse("limit=1&&region=x"));
        assertNull(CachedResponses.parse("=1"));
        assertNull(CachedResponses.parse("region=x&"));
    }

    @Test
    void onlyAPlainPathUnderV1IsAnsweredBeforeTheRestLayer() {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("/v1(/[A-Za-z0-9_-]+)*");
        for (String path : List.of("/v1", "/v1/", "/v1/regions", "/v1/regions/", "/v1//regions", "/v1/regions/east-kazakhstan",
                "/v1/indicators/creative_gva/series", "/v10", "/v1x/regions", "/v2/regions", "/", "", "/v1/reg%20ions", "/v1/regions/a.b",
                "/v1/обл", "/q/health", "/v1/regions/east-kazakhstan/")) {
            assertEquals(plain.matcher(path).matches(), CachedResponses.plainPath(path), path);
        }
    }
}
