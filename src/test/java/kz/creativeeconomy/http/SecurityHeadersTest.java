package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.RoutedRequests;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers: data, errors, cached answers and pages alike. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    RoutedRequests routed;

    private static ValidatableResponse assertHardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/regions", "/v1/observations?format=csv&limit=2", "/v1/regions/abai", "/v1/regions/mars",
            "/v1/regions?regoin=abai", "/q/openapi", "/q/health/ready", "/no/such/page"})
    void dataAndErrorsCarryTheHeadersAndTheStrictestPolicy(String path) {
        assertHardened(Api.raw().urlEncodingEnabled(false).get(path).then())
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void answersFromTheCachedResponseShortcutCarryThemToo() {
        String uri = "/v1/indicators?lang=kk&limit=7";
        Api.raw().get(uri).then().statusCode(200);
        Api.raw().get(uri).then().statusCode(200);
        int routedBefore = routed.count(uri);
        assertHardened(Api.raw().get(uri).then().statusCode(200));
        org.junit.jupiter.api.Assertions.assertEquals(routedBefore, routed.count(uri), "the third answer came from the cache shortcut");
        String etag = Api.raw().get(uri).header("ETag");
        assertHardened(Api.raw().header("If-None-Match", etag).get(uri).then().statusCode(304));
    }

    @Test
    void swaggerUiIsAPageWithAContentSecurityPolicyThatAllowsOnlyItsOwnResources() {
        assertHardened(Api.raw().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html")))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", not(containsString("*")));
    }

    @Test
    void pagesUnderEmbedMayBeFramedByAnySite() {
        Api.raw().get("/embed/indicators/creative-gva").then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors *"));
    }

    @Test
    void aForwardedHttpsIsNotBelievedWithoutTrustProxy() {
        assertHardened(Api.raw().header("X-Forwarded-Proto", "https").get("/v1/regions").then().statusCode(200));
    }
}
