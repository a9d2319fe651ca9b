package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void eachForwardedClientAddressHasItsOwnAllowance() {
        long first = remaining("198.51.100.7");
        assertEquals(first - 1, remaining("198.51.100.7"), "the same client spends its own allowance");
        assertEquals(first - 2, remaining("198.51.100.7"));
        long other = remaining("198.51.100.8");
        assertEquals(first, other, "another client starts with a full bucket");
    }

    private static long remaining(String client) {
        return Long.parseLong(Api.raw().header("X-Forwarded-For", client).get("/v1/years").then().statusCode(200)
                .extract().header("RateLimit-Remaining"));
    }
}
