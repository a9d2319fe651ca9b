package kz.creativeeconomy.http.caching;


import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** A response is kept from the second time its key is asked for; keys asked for once are forgotten in time. */
class ResponseCacheTest {

    @Test
    void aKeyIsAdmittedTheSecondTimeItIsAskedFor() {
        ResponseCache cache = new ResponseCache(1 << 20, new SimpleMeterRegistry());
        assertFalse(cache.admit("\"7-aaaaaaaaaaaaaaaaaaaaaaaa\""));
        assertFalse(cache.admit("\"7-bbbbbbbbbbbbbbbbbbbbbbbb\""));
        assertTrue(cache.admit("\"7-aaaaaaaaaaaaaaaaaaaaaaaa\""));
        assertTrue(cache.admit("\"7-bbbbbbbbbbbbbbbbbbbbbbbb\""));
        assertFalse(cache.admit("\"8-aaaaaaaaaaaaaaaaaaaaaaaa\""), "another data version is another key");
    }

    @Test
    void keysAskedForOnceAreForgottenAfterManyOthers() {
        ResponseCache cache = new ResponseCache(1 << 20, new SimpleMeterRegistry());
        cache.admit("first");
        for (int n = 0; n < ResponseCache.SEEN_SLOTS * 8; n++) {
            cache.admit("other-" + n);
        }
        assertFalse(cache.admit("first"));
    }

    @Test
    void twoHundredDistinctKeysAreEachAdmittedOnlyOnTheirSecondRequest() {
        ResponseCache cache = new ResponseCache(1 << 20, new SimpleMeterRegistry());
        int admittedFirstTime = 0;
        int admittedSecondTime = 0;
        for (int n = 0; n < 200; n++) {
            admittedFirstTime += cache.admit("key-" + n) ? 1 : 0;
        }
        for (int n = 0; n < 200; n++) {
            admittedSecondTime += cache.admit("key-" + n) ? 1 : 0;
        }
        assertTrue(admittedFirstTime == 0, "admitted on first sight: " + admittedFirstTime);
        assertTrue(admittedSecondTime >= 198, "two hundred keys fit in the table with few slot collisions: " + admittedSecondTime);
    }
}
