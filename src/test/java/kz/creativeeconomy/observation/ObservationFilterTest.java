package kz.creativeeconomy.observation;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.ListPages;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationFilterTest {

    @Test
    void regionAcceptsCodeAndSlugAlike() {
        List<Object> bySlug = Api.given().queryParam("region", "east-kazakhstan").queryParam("indicator", "creative-gva")
                .get("/v1/observations").then().statusCode(200).extract().path("items.id");
        List<Object> byCode = Api.given().queryParam("region", "630000000").queryParam("indicator", "creative-gva")
                .get("/v1/observations").then().statusCode(200).extract().path("items.id");
        assertEquals(bySlug, byCode);
        assertTrue(bySlug.size() >= 6);
    }

    @Test
    void repeatedAndCommaSeparatedValuesAreTheSameFilter() {
        List<Object> repeated = Api.given().queryParam("region", "astana").queryParam("region", "almaty").queryParam("indicator", "creative-gva-share")
                .get("/v1/observations").then().statusCode(200).extract().path("items.id");
        List<Object> comma = Api.given().queryParam("region", "astana,almaty").queryParam("indicator", "creative-gva-share")
                .get("/v1/observations").then().statusCode(200).extract().path("items.id");
        assertEquals(repeated, comma);
        assertEquals(12, repeated.size());
    }

    @Test
    void fromAndToAreInclusiveByPeriodStart() {
        Api.given().queryParam("indicator", "creative-gva").queryParam("region", "astana").queryParam("from", "2019").queryParam("to", "2021")
                .get("/v1/observations").then().statusCode(200)
                .body("items.period.code", equalTo(List.of("2019", "2020", "2021")));
        Api.given().queryParam("indicator", "creative-gva").queryParam("region", "astana").queryParam("from", "2022-01-01")
                .get("/v1/observations").then().statusCode(200)
                .body("items.period.code", equalTo(List.of("2022", "2023")));
    }

    @Test
    void periodFilterMatchesTheExactCode() {
        Api.given().queryParam("period", "2024-S1").get("/v1/observations").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.period.code", everyItem(equalTo("2024-S1")))
                .body("items.period.frequency", everyItem(equalTo("semiannual")))
                .body("items[0].period.start", equalTo("2024-01-01"))
                .body("items[0].period.end", equalTo("2024-06-30"));
    }

    @Test
    void frequencyFilterSelectsTable2Periods() {
        Api.given().queryParam("region", "east-kazakhstan").queryParam("frequency", "monthly")
                .get("/v1/observations").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.period.frequency", everyItem(equalTo("monthly")));
        Api.given().queryParam("region", "east-kazakhstan").queryParam("frequency", "cumulative")
                .get("/v1/observations").then().statusCode(200)
                .body("items.period.code", hasItem("2024-01/2024-09"));
        Api.given().queryParam("region", "east-kazakhstan").queryParam("frequency", "point_in_time")
                .get("/v1/observations").then().statusCode(200)
                .body("items.period.code", hasItem("2025-01-01"));
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() {
        Api.given().queryParam("status", "final").get("/v1/observations").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.status", everyItem(equalTo("final")));
        Api.given().queryParam("status", "break").get("/v1/observations").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void breakdownFilterSeparatesTotalsDimensionsAndMembers() {
        Api.given().queryParam("breakdown", "none").queryParam("region", "east-kazakhstan").get("/v1/observations").then().statusCode(200)
                .body("items.breakdown", everyItem(nullValue()));
        Api.given().queryParam("breakdown", "organisation_type").get("/v1/observations").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.breakdown.dimension", everyItem(equalTo("organisation_type")));
        Api.given().queryParam("breakdown", "organisation_type:museums").get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].breakdown.member", equalTo("museums"))
                .body("items[0].unit", equalTo("percent"));
    }

    @Test
    void everyItemCarriesUnitPeriodStatusAndSource() {
        Api.given().queryParam("limit", 1000).get("/v1/observations").then().statusCode(200)
                .body("items.unit", everyItem(notNullValue()))
                .body("items.unit_multiplier", everyItem(notNullValue()))
                .body("items.period.code", everyItem(notNullValue()))
                .body("items.status", everyItem(notNullValue()))
                .body("items.source.id", everyItem(notNullValue()))
                .body("items.source.title", everyItem(notNullValue()));
    }

    @Test
    void walkingEveryPageVisitsEachObservationOnce() {
        int total = Api.given().queryParam("limit", 1000).get("/v1/observations").then().statusCode(200)
                .body("next", nullValue()).extract().path("items.size()");
        List<JsonPath> pages = ListPages.walk("/v1/observations?limit=7");
        List<Object> seen = ListPages.itemIds(pages, 7);
        Set<Object> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "an observation was repeated");
        assertEquals(total, seen.size(), "an observation was skipped");
        assertEquals((total + 6) / 7, pages.size());
    }

    @Test
    void pagesOfAFilteredListKeepTheFilter() {
        JsonPath first = Api.given().queryParam("indicator", "creative-gva").queryParam("limit", 2).get("/v1/observations")
                .then().statusCode(200).extract().jsonPath();
        String next = first.getString("next");
        assertTrue(next.contains("indicator=creative-gva"), next);
        Api.given().get(next).then().statusCode(200)
                .body("items.indicator.code", everyItem(equalTo("creative-gva")))
                .body("items.id", not(hasItem(first.getList("items.id").get(0))));
    }
}
