package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static kz.creativeeconomy.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy (TRUST_PROXY) the forwarded scheme decides HSTS and the forwarded address is the client. */
@QuarkusTest
@TestProfile(ProxyLinksTest.BehindAProxy.class)
class BehindProxyEdgeTest {

    @Test
    void httpsThroughTheProxyGetsHstsAndPlainHttpDoesNot() {
        Api.raw().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.kz").get("/v1/regions").then()
                .statusCode(200).header("Strict-Transport-Security", equalTo("max-age=31536000"));
        Api.raw().header("X-Forwarded-Proto", "http").get("/v1/regions").then()
                .statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theForwardedAddressIsTheClientThatIsLimited() {
        // the test profile gives 198.51.100.7 a limit of 3 a minute (api.rate-limit.address-overrides)
        for (int left = 2; left >= 0; left--) {
            Api.raw().header("X-Forwarded-For", "198.51.100.7").get("/v1/years").then().statusCode(200)
                    .header("RateLimit-Limit", equalTo("3")).header("RateLimit-Remaining", equalTo(String.valueOf(left)));
        }
        assertProblem(Api.raw().header("X-Forwarded-For", "198.51.100.7").get("/v1/years").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // the proxy itself (127.0.0.1) and the next client are other clients
        Api.raw().header("X-Forwarded-For", "198.51.100.8").get("/v1/years").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("100000000"));
        Api.raw().get("/v1/years").then().statusCode(200);
    }
}
