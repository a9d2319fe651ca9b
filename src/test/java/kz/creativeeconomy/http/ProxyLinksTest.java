package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Behind a reverse proxy (TRUST_PROXY=true) the absolute links a page carries name the public host and scheme the
 * proxy forwards, not the address the service listens on: a portal following them must stay on the public URL.
 */
@QuarkusTest
@TestProfile(ProxyLinksTest.BehindAProxy.class)
class ProxyLinksTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    private static Response viaProxy(String path) {
        return Api.given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.kz")
                .get(path).then().statusCode(200).extract().response();
    }

    @Test
    void nextLinksOfObservationPagesNameTheForwardedHostAndScheme() {
        Response page = viaProxy("/v1/observations?indicator=creative-gva&limit=2");
        String next = page.path("next");
        assertTrue(next.startsWith("https://data.example.kz/v1/observations?indicator=creative-gva&limit=2&cursor="), next);
        assertEquals("<" + next + ">; rel=\"next\"", page.header("Link"));
        // and the link works through the same proxy
        String path = next.substring("https://data.example.kz".length());
        viaProxy(path).then().body("items.size()", equalTo(2)).body("next", startsWith("https://data.example.kz/v1/observations?"));
    }

    @Test
    void nextLinksOfCatalogueListsNameTheForwardedHostAndScheme() {
        viaProxy("/v1/sources?limit=1").then().body("next", startsWith("https://data.example.kz/v1/sources?limit=1&cursor="));
    }
}
