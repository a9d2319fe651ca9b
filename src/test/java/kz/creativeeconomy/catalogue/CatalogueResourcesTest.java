package kz.creativeeconomy.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Indicators, sources and years. */
@QuarkusTest
class CatalogueResourcesTest {

    @Test
    void indicatorsCarryUnitMultiplierAndDecimals() {
        Api.given().get("/v1/indicators").then().statusCode(200)
                .body("items.code", hasItems("creative-gva", "gross-product", "creative-gva-share", "cultural-attendance"));
        Api.given().get("/v1/indicators/creative-gva").then().statusCode(200)
                .body("indicator.unit", equalTo("KZT"))
                .body("indicator.unit_multiplier", equalTo(6))
                .body("indicator.decimals", equalTo(1))
                .body("indicator.additive", equalTo(true))
                .body("coverage.regions", greaterThan(3))
                .body("coverage.first_period_start", equalTo("2018-01-01"));
        Api.given().get("/v1/indicators/creative-gva-share").then().statusCode(200)
                .body("indicator.unit", equalTo("percent"))
                .body("indicator.formula", containsString("creative-gva"))
                .body("indicator.formula", containsString("gross-product"));
        Api.given().get("/v1/indicators/cultural-attendance").then().statusCode(200)
                .body("indicator.unit", equalTo("visits"))
                .body("indicator.unit_multiplier", equalTo(3));
    }

    @Test
    void indicatorsFilterByTopicAndText() {
        Api.given().queryParam("topic", "creative-economy").get("/v1/indicators").then().statusCode(200)
                .body("items.code", hasItem("creative-gva"))
                .body("items.topic", everyItem(equalTo("creative-economy")));
        Api.given().queryParam("q", "ATTENDANCE").get("/v1/indicators").then().statusCode(200)
                .body("items.code", equalTo(List.of("cultural-attendance")));
        Api.given().queryParam("topic", "astrology").get("/v1/indicators").then().statusCode(400)
                .body("invalid_params[0].name", equalTo("topic"))
                .body("invalid_params[0].allowed", containsString("creative-economy"));
    }

    @Test
    void sourcesCiteThePaperReference() {
        Api.given().get("/v1/sources/bns-creative-gva-table-1").then().statusCode(200)
                .body("reference_number", equalTo(24))
                .body("locator", equalTo("Table 1"))
                .body("url", containsString("stat.gov.kz"))
                .body("accessed_on", equalTo("2025-06-01"))
                .body("cited_in", containsString("10.52821/2789-4401-2025-2-46-69"));
        Api.given().queryParam("reference", 26).get("/v1/sources").then().statusCode(200)
                .body("items.size()", greaterThan(1))
                .body("items.reference_number", everyItem(equalTo(26)));
        Api.given().queryParam("limit", 3).get("/v1/sources").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("next", containsString("cursor="));
    }

    @Test
    void yearsListEveryYearWithDataAndItsCounts() {
        Api.given().get("/v1/years").then().statusCode(200)
                .body("items.year", hasItems(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025))
                .body("items.find { it.year == 2019 }.observations", equalTo(12))
                .body("items.find { it.year == 2019 }.indicators", equalTo(3))
                .body("items.find { it.year == 2019 }.regions", equalTo(4))
                .body("items[0].observations_url", containsString("/v1/observations?from="));
    }

    @Test
    void aYearListsItsIndicatorsAndRegions() {
        Api.given().get("/v1/years/2019").then().statusCode(200)
                .body("year.year", equalTo(2019))
                .body("indicators.code", equalTo(List.of("creative-gva", "creative-gva-share", "gross-product")))
                .body("regions.region.slug", hasItems("kazakhstan", "astana", "almaty", "east-kazakhstan"))
                .body("regions.region.slug", not(hasItem("abai")));
    }

    @Test
    void theRootTellsAFirstVisitorWhereToGo() {
        Api.given().get("/").then().statusCode(200)
                .body("documentation", containsString("/q/swagger-ui"))
                .body("links.observations", containsString("/v1/observations"));
    }

    @Test
    void readinessReportsTheDatabase() {
        Api.raw().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
