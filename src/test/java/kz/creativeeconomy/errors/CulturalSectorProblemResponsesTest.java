package kz.creativeeconomy.errors;

import static kz.creativeeconomy.support.Problems.assertInvalidParameter;
import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input on the cultural-sector endpoints answers problem+json naming the parameter and what is allowed. */
@QuarkusTest
class CulturalSectorProblemResponsesTest {


    @ParameterizedTest(name = "{0}?{1}={2} is rejected")
    @CsvSource({
            "/v1/cultural-organisations, region, mars, unknown region 'mars'",
            "/v1/cultural-organisations, type, zoo, unknown value 'zoo'",
            "/v1/cultural-organisations, limit, 0, out of range",
            "/v1/cultural-organisations, limit, 1001, out of range",
            "/v1/cultural-organisations, cursor, not-a-cursor, malformed cursor",
            "/v1/events, region, mars, unknown region 'mars'",
            "/v1/events, year, 20x3, is not allowed",
            "/v1/events, year, 12023, is not allowed",
            "/v1/events, from, 2023-13-01, is not a date",
            "/v1/events, to, yesterday, is not a date",
            "/v1/events, kind, rave, unknown value 'rave'",
            "/v1/events, country, XX, is not an ISO 3166-1 alpha-2 country code",
            "/v1/events, country, KAZ, is not an ISO 3166-1 alpha-2 country code",
            "/v1/events, organisation, bolshoi-theatre, unknown organisation 'bolshoi-theatre'",
            "/v1/events, limit, 0, out of range",
            "/v1/events, cursor, not-a-cursor, malformed cursor",
            "/v1/initiatives, actor, church, unknown value 'church'",
            "/v1/initiatives, year, last, is not allowed",
            "/v1/initiatives, limit, 0, out of range",
            "/v1/initiatives, cursor, not-a-cursor, malformed cursor",
            "/v1/challenges, identified_by, ministry, unknown value 'ministry'",
            "/v1/challenges, table, 6, unknown value '6'",
            "/v1/challenges, limit, 0, out of range",
            "/v1/challenges, cursor, not-a-cursor, malformed cursor",
    })
    void badParameterAnswers400NamingTheParameter(String path, String name, String value, String reason) {
        assertInvalidParameter(Api.given().queryParam(name, value).get(path).then(), name, reason)
                .body("invalid_params[0].allowed", not(equalTo("")))
                .body("detail", containsString(name));
    }

    @Test
    void eventRangeEndingBeforeItStartsIsRejectedNamingTo() {
        assertProblem(Api.given().queryParam("from", "2024-01-01").queryParam("to", "2023-12-31").get("/v1/events").then(), 400)
                .body("invalid_params[0].name", equalTo("to"));
    }

    @Test
    void unknownCountryNamesTheAllowedForm() {
        assertProblem(Api.given().queryParam("country", "XX").get("/v1/events").then(), 400)
                .body("invalid_params[0].allowed", containsString("ISO 3166-1"));
    }

    @Test
    void typoInAParameterNameIsRejected() {
        assertProblem(Api.given().queryParam("contry", "MN").get("/v1/events").then(), 400)
                .body("type", equalTo("urn:creative-economy:problem:unknown-parameter"))
                .body("invalid_params[0].allowed", containsString("country"));
    }

    @ParameterizedTest
    @CsvSource({"/v1/cultural-organisations/bolshoi-theatre", "/v1/events/no-such-event"})
    void unknownIdIs404Problem(String path) {
        assertProblem(Api.given().get(path).then(), 404)
                .body("type", equalTo("urn:creative-economy:problem:not-found"))
                .body("instance", equalTo(path));
    }
}
