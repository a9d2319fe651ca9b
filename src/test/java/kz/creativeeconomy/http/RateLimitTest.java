package kz.creativeeconomy.http;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kz.creativeeconomy.auth.ApiKeyService;
import kz.creativeeconomy.auth.KnownKeys;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import kz.creativeeconomy.support.RoutedRequests;
import org.junit.jupiter.api.Test;

/**
 * The rate limit, shown with a key of its own low limit (the test profile gives the key named rate-limit-test 3 requests an
 * hour, every other client a limit no test reaches), so that no other test is ever throttled.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    ApiKeyService apiKeys;
    @Inject
    KnownKeys knownKeys;
    @Inject
    Keys keys;
    @Inject
    RoutedRequests routed;

    @Test
    void everyAnswerSaysTheLimitWhatIsLeftAndWhenTheBucketIsFullAgain() {
        for (Response response : new Response[]{Api.given().get("/v1/regions"), Api.raw().get("/v1/regions/mars"), Api.raw().get("/q/openapi")}) {
            assertEquals("100000000", response.header("RateLimit-Limit"), "errors and non-API paths count too");
            long remaining = Long.parseLong(response.header("RateLimit-Remaining"));
            assertTrue(remaining > 0 && remaining < 100000000, "one request was spent: " + remaining);
            assertTrue(Long.parseLong(response.header("RateLimit-Reset")) >= 0, "seconds until full again");
        }
    }

    @Test
    void aValidKeyHasTheHigherKeyLimitAndAMadeUpTokenIsAnonymous() {
        String editor = keys.editor();
        knownKeys.refresh();
        Api.given().header("Authorization", Keys.bearer(editor)).get("/v1/regions").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("200000000"));
        Api.given().header("Authorization", "Bearer cek_made-up").get("/v1/regions").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("100000000"));
    }

    @Test
    void overTheLimitA429ProblemSaysWhenToRetryAndCachedAnswersCountToo() {
        String key = apiKeys.create("rate-limit-test", Role.editor, "RateLimitTest").key();
        knownKeys.refresh();
        String uri = "/v1/indicators?lang=ru&limit=3";
        // kept in the response cache by anonymous requests, so the keyed ones below are answered by the event-loop shortcut;
        // primed until an anonymous request is answered from it (a write of an earlier test whose notification arrives
        // late empties the cache, once)
        Api.raw().get(uri).then().statusCode(200);
        int routedBefore = routed.count(uri);
        for (int tries = 0; tries < 10; tries++) {
            Api.raw().get(uri).then().statusCode(200);
            if (routed.count(uri) == routedBefore) {
                break;
            }
            routedBefore = routed.count(uri);
        }
        for (int left = 2; left >= 0; left--) {
            Api.raw().header("Authorization", Keys.bearer(key)).get(uri).then().statusCode(200)
                    .header("RateLimit-Limit", equalTo("3"))
                    .header("RateLimit-Remaining", equalTo(String.valueOf(left)));
        }
        assertEquals(routedBefore, routed.count(uri), "the three answers came from the cached-response shortcut");
        // 429 is documented by the contract branch (issue 19); until then it is checked here, not by the contract filter
        Response refused = Api.raw().header("Authorization", Keys.bearer(key)).get(uri);
        assertProblem(refused.then(), 429)
                .body("type", equalTo("urn:creative-economy:problem:too-many-requests"))
                .body("detail", containsString("3 requests an hour"))
                .header("RateLimit-Limit", equalTo("3"))
                .header("RateLimit-Remaining", equalTo("0"))
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 1200, "one request comes back every 20 minutes: " + retryAfter);
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertTrue(reset >= retryAfter && reset <= 3600, "full again within the hour: " + reset);
        // a write with the throttled key is refused before it runs; other clients are not affected
        assertProblem(Api.raw().header("Authorization", Keys.bearer(key)).contentType("application/json").body("{}")
                .post("/v1/regions").then(), 429);
        Api.given().get(uri).then().statusCode(200);
    }
}
