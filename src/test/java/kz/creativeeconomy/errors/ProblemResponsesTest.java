package kz.creativeeconomy.errors;

import static kz.creativeeconomy.support.Problems.assertInvalidParameter;
import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every error is application/problem+json naming what to fix, never a stack trace, never a 500 for bad input. */
@QuarkusTest
class ProblemResponsesTest {


    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "region, mars, unknown region 'mars'",
            "indicator, gdp-of-mars, unknown indicator 'gdp-of-mars'",
            "period, 2024-Q5, is not a period code",
            "from, yesterday, is not a period or date",
            "to, 2023-13, is not a period or date",
            "frequency, weekly, unknown value 'weekly'",
            "status, draft, unknown value 'draft'",
            "breakdown, colour, unknown dimension 'colour'",
            "breakdown, organisation_type:zoos, unknown member 'zoos'",
            "limit, 1001, out of range",
            "limit, 0, out of range",
            "limit, ten, not an integer",
            "cursor, not-a-cursor, malformed cursor",
            "lang, fr, unknown value 'fr'",
            "region, ',', the value is empty",
    })
    void badObservationParametersAnswer400NamingTheParameter(String name, String value, String reason) {
        assertInvalidParameter(Api.given().queryParam(name, value).get("/v1/observations").then(), name, reason)
                .body("invalid_params[0].allowed", not(equalTo("")))
                .body("detail", containsString(name));
    }

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
    void fromAfterToIsRejected() {
        assertProblem(Api.given().queryParam("from", "2023").queryParam("to", "2019").get("/v1/observations").then(), 400)
                .body("invalid_params[0].name", equalTo("to"));
    }

    @Test
    void unknownQueryParameterIsRejectedSoATypoCannotReturnUnfilteredData() {
        assertProblem(Api.given().queryParam("regoin", "astana").get("/v1/observations").then(), 400)
                .body("type", equalTo("urn:creative-economy:problem:unknown-parameter"))
                .body("invalid_params[0].name", equalTo("regoin"))
                .body("invalid_params[0].allowed", containsString("region"));
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(Api.raw().get("/v1/no-such-thing").then(), 404);
        assertProblem(Api.raw().accept("text/html").get("/nothing/here").then(), 404);
    }

    @ParameterizedTest
    @CsvSource({"/v1/regions/atlantis", "/v1/indicators/no-such-indicator", "/v1/sources/no-such-source", "/v1/years/1066", "/v1/years/abc"})
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
