package kz.creativeeconomy.errors;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every error is application/problem+json naming what to fix, never a stack trace, never a 500 for bad input. */
@QuarkusTest
class ProblemResponsesTest {

    @ParameterizedTest
    @CsvSource({"/v1/observations?indicator=, indicator", "/v1/observations?region=&indicator=creative-gva, region",
            "/v1/observations?status=, status"})
    void anEmptyFilterValueIsAnErrorNotEveryRow(String url, String parameter) {
        assertProblem(Api.given().urlEncodingEnabled(false).get(url).then(), 400)
                .body("invalid_params[0].name", equalTo(parameter))
                .body("invalid_params[0].reason", equalTo("the value is empty"));
    }

    @Test
    void aCursorThatDecodesToGarbageIsStill400() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1|x\u001fy\u001fz\u001fw".getBytes());
        assertProblem(Api.given().queryParam("cursor", forged).get("/v1/observations").then(), 400)
                .body("invalid_params[0].name", equalTo("cursor"));
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(Api.raw().get("/v1/no-such-thing").then(), 404);
        assertProblem(Api.raw().accept("text/html").get("/nothing/here").then(), 404);
    }

    @ParameterizedTest
    @CsvSource({"/v1/regions/atlantis", "/v1/indicators/no-such-indicator", "/v1/sources/no-such-source", "/v1/years/1066", "/v1/years/abc",
            "/v1/cultural-organisations/bolshoi-theatre", "/v1/events/no-such-event"})
    void unknownResourceIs404Problem(String path) {
        assertProblem(Api.given().get(path).then(), 404)
                .body("type", equalTo("urn:creative-economy:problem:not-found"))
                .body("instance", equalTo(path));
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        assertProblem(Api.raw().contentType("application/json").body("{}").patch("/v1/observations").then(), 405)
                .header("Allow", containsString("GET"));
        assertProblem(Api.raw().delete("/v1/ecosystem-model").then(), 405);
    }

    @Test
    void unsupportedAcceptIs406ProblemListingSupportedTypes() {
        assertProblem(Api.raw().accept("application/xml").get("/v1/regions").then(), 406)
                .body("detail", containsString("application/json"));
    }

    @Test
    void problemsAreServedWhateverTheAcceptHeader() {
        assertProblem(Api.raw().accept("application/json").queryParam("limit", "5000").get("/v1/observations").then(), 400);
        assertProblem(Api.raw().accept("*/*").queryParam("limit", "5000").get("/v1/observations").then(), 400);
    }
}
