package kz.creativeeconomy.analysis;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kz.creativeeconomy.support.Readings.csvRecords;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /v1/rankings on the seed data of Table 1. Ties are tested on synthetic values in RankingTest: the seed has none. */
@QuarkusTest
class RankingResourceTest {

    @Inject
    kz.creativeeconomy.support.Statements statements;

    @Test
    void statementCountIsTheSameForFewAndManyRankedRegions() {
        statements.assertSameCount("/v1/rankings?indicator=creative-gva&period=2023&level=region", "/v1/rankings?indicator=creative-gva&period=2023",
                2, "indicator and one observation statement");
    }

    private static JsonPath ranking(String indicator, String period, String... more) {
        var request = Api.given().queryParam("indicator", indicator).queryParam("period", period);
        for (int n = 0; n < more.length; n += 2) {
            request = request.queryParam(more[n], more[n + 1]);
        }
        return request.get("/v1/rankings").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> plain(JsonPath json, String path) {
        return json.getList(path).stream().map(v -> v == null ? null : new BigDecimal(v.toString()).toPlainString()).toList();
    }

    @Test
    void creativeGva2023RanksAlmatyAstanaThenEkrWithSharesOfTheNationalTotal() {
        JsonPath json = ranking("creative-gva", "2023");
        assertEquals(List.of("almaty", "astana", "east-kazakhstan"), json.getList("items.region.slug"));
        assertEquals(List.of(1, 2, 3), json.getList("items.rank"));
        assertEquals(List.of("462520.8", "333281.8", "25049.9"), plain(json, "items.value"));
        assertEquals("1202101.2", ((BigDecimal) json.get("national_total.value")).toPlainString());
        assertEquals("KZ", json.getString("national_total.region.code"));
        // Shares of the national 1202101.2, two decimals (creative-gva publishes one):
        //   Almaty 462520.8 / 1202101.2 * 100 = 38.4760  -> 38.48
        //   Astana 333281.8 / 1202101.2 * 100 = 27.7249  -> 27.72
        //   EKR     25049.9 / 1202101.2 * 100 =  2.0838  ->  2.08
        assertEquals(List.of("38.48", "27.72", "2.08"), plain(json, "items.share_of_national.value"));
        assertEquals("462520.8 / 1202101.2 * 100", json.getString("items[0].share_of_national.computation"));
        assertEquals("v[region] / v[KZ] * 100", json.getString("items[0].share_of_national.formula"));
        assertEquals("HALF_EVEN to 2 decimals", json.getString("items[0].share_of_national.rounding"));
    }

    @Test
    void byDefaultCitiesOfRepublicanSignificanceAndRegionsAreRankedTogetherWithoutTheRepublic() {
        JsonPath json = ranking("creative-gva", "2023");
        assertEquals(List.of("city_of_republican_significance", "region"), json.getList("levels"));
        assertEquals(List.of("city_of_republican_significance", "city_of_republican_significance", "region"), json.getList("items.region.level"));
        assertTrue(!json.getList("items.region.code").contains("KZ"));
    }

    @Test
    void astanaLedIn2018() {
        // Table 1, 2018: Astana 251620.5 > Almaty 183187.6 > EKR 18610.
        JsonPath json = ranking("creative-gva", "2018");
        assertEquals(List.of("astana", "almaty", "east-kazakhstan"), json.getList("items.region.slug"));
        assertEquals(List.of(1, 2, 3), json.getList("items.rank"));
    }

    @ParameterizedTest(name = "level={0} ranks {1}")
    @CsvSource({
            "region, east-kazakhstan",
            "city_of_republican_significance, almaty astana",
            "'region,city_of_republican_significance', almaty astana east-kazakhstan",
            "district, ''",
    })
    void levelRestrictsTheRankedRegions(String level, String slugs) {
        JsonPath json = ranking("creative-gva", "2023", "level", level);
        List<String> expected = slugs.isEmpty() ? List.of() : List.of(slugs.split(" "));
        assertEquals(expected, json.getList("items.region.slug"));
        for (int n = 0; n < expected.size(); n++) {
            assertEquals(n + 1, json.getInt("items[" + n + "].rank"));
        }
    }

    @Test
    void aNonAdditiveIndicatorIsRankedButGetsNoShareOfANationalValue() {
        // Table 1, 2023 shares in GDP/GRP: Astana 2.6 > Almaty 1.8 > EKR 0.6.
        JsonPath json = ranking("creative-gva-share", "2023");
        assertEquals(List.of("astana", "almaty", "east-kazakhstan"), json.getList("items.region.slug"));
        assertEquals(List.of("2.6", "1.8", "0.6"), plain(json, "items.value"));
        assertEquals(java.util.Arrays.asList(null, null, null), json.getList("items.share_of_national.value"));
        assertTrue(json.getString("items[0].share_of_national.reason").contains("not additive"), json.getString("items[0].share_of_national.reason"));
    }

    @Test
    void aPeriodWithoutValuesIsAnEmptyRanking() {
        Api.given().queryParam("indicator", "creative-gva").queryParam("period", "2017").get("/v1/rankings").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("national_total", nullValue())
                .body("period.start", equalTo("2017-01-01"));
    }

    @Test
    void rankingAsCsvHasOneRowPerRegion() throws IOException {
        String csv = Api.given().queryParam("indicator", "creative-gva").queryParam("period", "2023").accept("text/csv").get("/v1/rankings")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = csvRecords(csv);
        assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> r.get("rank")).toList());
        assertEquals(List.of("almaty", "astana", "east-kazakhstan"), rows.stream().map(r -> r.get("region_slug")).toList());
        assertEquals(List.of("38.48", "27.72", "2.08"), rows.stream().map(r -> r.get("share_of_national_value")).toList());
        // Each row says what its value is, which the JSON says once above the regions.
        for (CSVRecord row : rows) {
            assertEquals(List.of("creative-gva", "2023", "annual", "KZT", "6"), List.of(row.get("indicator_code"), row.get("period_code"),
                    row.get("period_frequency"), row.get("unit"), row.get("unit_multiplier")), row.get("region_slug"));
        }
    }
}
