package kz.creativeeconomy.errors;

import static kz.creativeeconomy.support.Problems.assertInvalidParameter;
import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad query parameter on any read endpoint answers one kind of 400: problem+json naming the parameter, why it was
 * refused and what is allowed. One table for every endpoint, so that a new endpoint's rows are checked the same way.
 */
@QuarkusTest
class BadQueryParametersTest {

    private static final String SERIES = "/v1/indicators/creative-gva/series";

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/v1/observations?region=mars                  | region            | unknown region 'mars'             |",
            "/v1/observations?indicator=gdp-of-mars        | indicator         | unknown indicator 'gdp-of-mars'   |",
            "/v1/observations?period=2024-Q5               | period            | is not a period code              |",
            "/v1/observations?from=yesterday               | from              | is not a period or date           |",
            "/v1/observations?to=2023-13                   | to                | is not a period or date           |",
            "/v1/observations?from=2023&to=2019            | to                | ends before 'from' begins         |",
            "/v1/observations?frequency=weekly             | frequency         | unknown value 'weekly'            |",
            "/v1/observations?status=draft                 | status            | unknown value 'draft'             |",
            "/v1/observations?breakdown=colour             | breakdown         | unknown dimension 'colour'        |",
            "/v1/observations?breakdown=organisation_type:zoos | breakdown     | unknown member 'zoos'             |",
            "/v1/observations?limit=1001                   | limit             | out of range                      |",
            "/v1/observations?limit=0                      | limit             | out of range                      |",
            "/v1/observations?limit=ten                    | limit             | not an integer                    |",
            "/v1/observations?cursor=not-a-cursor          | cursor            | malformed cursor                  |",
            "/v1/observations?lang=fr                      | lang              | unknown value 'fr'                |",
            "/v1/observations?region=,                     | region            | the value is empty                | leave the parameter out, or give a value",
            // Search's q is required: leaving it out is no way out of an empty one.
            "/v1/search?q=                                 | q                 | the value is empty                | a value: the parameter is required",
            SERIES + "                                     | region            | missing                           |",
            SERIES + "?region=mars                         | region            | unknown region 'mars'             |",
            SERIES + "?region=astana,almaty                | region            | more than one value               |",
            SERIES + "?region=astana&region=almaty         | region            | more than one value               |",
            SERIES + "?region=astana&from=yesterday        | from              | is not a period or date           |",
            SERIES + "?region=astana&to=2023-13            | to                | is not a period or date           |",
            SERIES + "?region=astana&from=2023&to=2019     | to                | ends before 'from' begins         |",
            SERIES + "?region=astana&frequency=weekly      | frequency         | unknown value 'weekly'            |",
            SERIES + "?region=astana&base=20x8             | base              | is not a period code              |",
            SERIES + "?region=astana&base=2017             | base              | is not a period of this series    |",
            SERIES + "?region=east-kazakhstan&base=2017    | base              | is not a period of this series    | 2018, 2019, 2020, 2021, 2022, 2023",
            SERIES + "?region=astana&base=2024-S1          | base              | is not a period of this series    |",
            SERIES + "?region=astana&from=2020&base=2019   | base              | is not a period of this series    |",
            SERIES + "?region=astana&breakdown=colour      | breakdown         | unknown dimension 'colour'        |",
            SERIES + "?region=astana&breakdown=institution_type | breakdown    | a dimension without a member      |",
            SERIES + "?region=astana&breakdown=institution_type:zoos | breakdown | unknown member 'zoos'          |",
            "/v1/rankings?period=2023                      | indicator         | missing                           |",
            "/v1/rankings?indicator=gdp-of-mars&period=2023 | indicator        | unknown indicator 'gdp-of-mars'   |",
            "/v1/rankings?indicator=creative-gva           | period            | missing                           |",
            "/v1/rankings?indicator=creative-gva&period=20x3 | period          | is not a period code              |",
            "/v1/rankings?indicator=creative-gva&period=2023&level=country | level | unknown value 'country'     |",
            "/v1/rankings?indicator=creative-gva&period=2023&level=galaxy | level | unknown value 'galaxy'       |",
            "/v1/rankings?indicator=creative-gva&indicator=gross-product&period=2023 | indicator | more than one value |",
            "/v1/rankings?indicator=creative-gva&period=2022,2023 | period     | more than one value               |",
            "/v1/consistency?indicator=creative-gva        | indicator         | has no formula this service can recompute |",
            "/v1/consistency?indicator=gross-product       | indicator         | has no formula this service can recompute | creative-gva-share",
            "/v1/consistency?indicator=gdp-of-mars         | indicator         | unknown indicator 'gdp-of-mars'   |",
            "/v1/consistency?region=mars                   | region            | unknown region 'mars'             |",
            "/v1/consistency?only_inconsistent=yes         | only_inconsistent | unknown value 'yes'               |",
            "/v1/cultural-organisations?region=mars        | region            | unknown region 'mars'             |",
            "/v1/cultural-organisations?type=zoo           | type              | unknown value 'zoo'               |",
            "/v1/cultural-organisations?limit=0            | limit             | out of range                      |",
            "/v1/cultural-organisations?limit=1001         | limit             | out of range                      |",
            "/v1/cultural-organisations?cursor=not-a-cursor | cursor           | malformed cursor                  |",
            "/v1/events?region=mars                        | region            | unknown region 'mars'             |",
            "/v1/events?year=20x3                          | year              | is not allowed                    |",
            "/v1/events?year=12023                         | year              | is not allowed                    |",
            "/v1/events?from=2023-13-01                    | from              | is not a date                     |",
            "/v1/events?to=yesterday                       | to                | is not a date                     |",
            "/v1/events?from=2024-01-01&to=2023-12-31      | to                | is before 'from'                  |",
            "/v1/events?kind=rave                          | kind              | unknown value 'rave'              |",
            "/v1/events?country=XX                         | country           | is not an ISO 3166-1 alpha-2 country code | ISO 3166-1",
            "/v1/events?country=KAZ                        | country           | is not an ISO 3166-1 alpha-2 country code |",
            "/v1/events?organisation=bolshoi-theatre       | organisation      | unknown organisation 'bolshoi-theatre' |",
            "/v1/events?limit=0                            | limit             | out of range                      |",
            "/v1/events?cursor=not-a-cursor                | cursor            | malformed cursor                  |",
            "/v1/initiatives?actor=church                  | actor             | unknown value 'church'            |",
            "/v1/initiatives?year=last                     | year              | is not allowed                    |",
            "/v1/initiatives?limit=0                       | limit             | out of range                      |",
            "/v1/initiatives?cursor=not-a-cursor           | cursor            | malformed cursor                  |",
            "/v1/challenges?identified_by=ministry         | identified_by     | unknown value 'ministry'          |",
            "/v1/challenges?table=6                        | table             | unknown value '6'                 |",
            "/v1/challenges?limit=0                        | limit             | out of range                      |",
            "/v1/challenges?cursor=not-a-cursor            | cursor            | malformed cursor                  |",
            // A near miss names what was probably meant; mars above is like nothing and gets no guess.
            "/v1/observations?region=east-kazakstan        | region    | unknown region 'east-kazakstan' (did you mean 'east-kazakhstan'?) |",
            "/v1/observations?region=63000000              | region    | unknown region '63000000' (did you mean '630000000'?) |",
            "/v1/observations?indicator=creative-gav       | indicator | unknown indicator 'creative-gav' (did you mean 'creative-gva'?) |",
            SERIES + "?region=almatty                      | region    | unknown region 'almatty' (did you mean 'almaty'?) |",
    })
    void aBadParameterAnswers400NamingItWhyAndWhatIsAllowed(String url, String name, String reason, String allowed) {
        ValidatableResponse problem = assertInvalidParameter(Api.given().get(url).then(), name, reason)
                .body("detail", containsString(name))
                .body("invalid_params[0].allowed", not(equalTo("")));
        if (allowed != null) {
            problem.body("invalid_params[0].allowed", containsString(allowed));
        }
    }

    /** A + typed into a URL is a space to the server: the problem says so and how to write it, not only that it is no instant. */
    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsNamedWithHowToWriteIt() {
        assertInvalidParameter(Api.raw().urlEncodingEnabled(false).get("/v1/observations?as_of=2026-12-08T09:00:00+05:00").then(), "as_of",
                "'2026-12-08T09:00:00 05:00' is not an instant (a + in a URL's query is read as a space: write it as %2B, as in 2026-12-08T09:00:00%2B05:00)");
        // Written so, it is an instant.
        Api.raw().urlEncodingEnabled(false).get("/v1/observations?as_of=2026-12-08T09:00:00%2B05:00&limit=1").then().statusCode(200);
        // Other bad values keep their problem as it was.
        assertInvalidParameter(Api.raw().get("/v1/observations?as_of=yesterday").then(), "as_of", "'yesterday' is not an instant")
                .body("invalid_params[0].reason", equalTo("'yesterday' is not an instant"));
    }

    @Test
    void anUnknownIndicatorInThePathIs404NamingTheCodeItWasProbablyMeantToBe() {
        assertProblem(Api.given().queryParam("region", "east-kazakhstan").get("/v1/indicators/creative-gav/series").then(), 404)
                .body("detail", equalTo("No indicator 'creative-gav'. Use a code listed by /v1/indicators; did you mean 'creative-gva'?"));
        assertProblem(Api.given().queryParam("region", "east-kazakhstan").get("/v1/indicators/gdp-of-mars/series").then(), 404)
                .body("detail", equalTo("No indicator 'gdp-of-mars'. Use a code listed by /v1/indicators."));
        Api.given().queryParam("region", "mars").get("/v1/observations").then().statusCode(400)
                .body("invalid_params[0].reason", equalTo("unknown region 'mars'"));
    }

    /** Rejected rather than ignored: an ignored typo would answer unfiltered data that looks like an answer. */
    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/v1/observations?regoin=astana                | regoin  | region",
            "/v1/events?contry=MN                          | contry  | country",
            SERIES + "?region=astana&bas=2019              | bas     | base",
    })
    void aMisspeltParameterAnswers400NamingItAndTheParametersAllowed(String url, String name, String allowed) {
        assertProblem(Api.given().get(url).then(), 400)
                .body("type", equalTo("urn:creative-economy:problem:unknown-parameter"))
                .body("invalid_params[0].name", equalTo(name))
                .body("invalid_params[0].allowed", containsString(allowed));
    }
}
