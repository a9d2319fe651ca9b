package kz.creativeeconomy.analysis;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kz.creativeeconomy.support.Readings.plain;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /v1/indicators/{code}/series against figures worked out by hand from Table 1 of the paper. */
@QuarkusTest
class SeriesResourceTest {

    @Inject
    kz.creativeeconomy.support.Statements statements;

    private static final String EKR_GVA = "/v1/indicators/creative-gva/series";
    /** Table 1, creative GVA of East Kazakhstan region, million tenge, 2018 to 2023. */
    private static final List<String> YEARS = List.of("2018", "2019", "2020", "2021", "2022", "2023");
    private static final List<String> EKR = List.of("18610", "20057.8", "27815.1", "28280.5", "24890.6", "25049.9");

    private static JsonPath ekrSeries(String... query) {
        var request = Api.given().queryParam("region", "east-kazakhstan");
        for (int n = 0; n < query.length; n += 2) {
            request = request.queryParam(query[n], query[n + 1]);
        }
        return request.get(EKR_GVA).then().statusCode(200).extract().jsonPath();
    }

    /** A derived number shows its working: the value, its formula, the formula on this series' figures, and the rounding. */
    private static void assertDerived(JsonPath json, String path, String value, String formula, String computation, String rounding) {
        assertEquals(value, plain(json, path + ".value"), path);
        assertEquals(formula, json.getString(path + ".formula"), path);
        assertEquals(computation, json.getString(path + ".computation"), path);
        assertEquals(rounding, json.getString(path + ".rounding"), path);
    }

    @Test
    void ekrCreativeGvaYearOnYearChangesMatchHandComputationFromTable1() {
        JsonPath json = ekrSeries();
        assertEquals(YEARS, json.getList("items.period.code"));
        for (int n = 0; n < EKR.size(); n++) {
            assertEquals(EKR.get(n), plain(json, "items[" + n + "].value"), YEARS.get(n));
        }
        // By hand, v[t] - v[t-1] and (v[t] - v[t-1]) / v[t-1] * 100, percents to 2 decimals (creative-gva publishes 1):
        //   2019: 20057.8 - 18610   =  1447.8;  1447.8 / 18610   * 100 =   7.7797  ->   7.78
        //   2020: 27815.1 - 20057.8 =  7757.3;  7757.3 / 20057.8 * 100 =  38.6747  ->  38.67
        //   2021: 28280.5 - 27815.1 =   465.4;   465.4 / 27815.1 * 100 =   1.6732  ->   1.67
        //   2022: 24890.6 - 28280.5 = -3389.9; -3389.9 / 28280.5 * 100 = -11.9867  -> -11.99
        //   2023: 25049.9 - 24890.6 =   159.3;   159.3 / 24890.6 * 100 =   0.6400  ->   0.64
        List<String> changes = List.of("1447.8", "7757.3", "465.4", "-3389.9", "159.3");
        List<String> percents = List.of("7.78", "38.67", "1.67", "-11.99", "0.64");
        for (int n = 1; n < YEARS.size(); n++) {
            String point = "items[" + n + "].";
            assertEquals(YEARS.get(n - 1), json.getString(point + "previous_period"));
            assertEquals(changes.get(n - 1), plain(json, point + "yoy_change.value"), YEARS.get(n));
            assertEquals(percents.get(n - 1), plain(json, point + "yoy_change_percent.value"), YEARS.get(n));
            // The same percents again, straight from the Table 1 values with BigDecimal.
            BigDecimal previous = new BigDecimal(EKR.get(n - 1));
            BigDecimal expected = new BigDecimal(EKR.get(n)).subtract(previous).multiply(BigDecimal.valueOf(100))
                    .divide(previous, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
            assertEquals(expected.toPlainString(), plain(json, point + "yoy_change_percent.value"), YEARS.get(n));
        }
        assertDerived(json, "items[1].yoy_change_percent", "7.78", "(v[t] - v[t-1]) / v[t-1] * 100", "(20057.8 - 18610) / 18610 * 100",
                "HALF_EVEN to 2 decimals");
        assertEquals("HALF_EVEN to 1 decimal", json.getString("items[1].yoy_change.rounding"));
        assertEquals("bns-creative-gva-table-1", json.getString("items[1].source_id"));
        assertEquals("final", json.getString("items[1].status"));
    }

    @Test
    void firstPointHasNoYearOnYearChangeAndSaysWhy() {
        JsonPath json = ekrSeries();
        assertNull(json.get("items[0].previous_period"));
        assertNull(json.get("items[0].yoy_change.value"));
        assertNull(json.get("items[0].yoy_change_percent.value"));
        assertNull(json.get("items[0].yoy_change_percent.computation"));
        assertEquals("no value for the same period one year earlier (starting 2017-01-01)", json.getString("items[0].yoy_change_percent.reason"));
    }

    @Test
    void indexIsAgainstTheFirstPointByDefault() {
        JsonPath json = ekrSeries();
        assertEquals("2018", json.getString("base_period"));
        // v[t] / 18610 * 100: 100.00, 107.7797, 149.4632, 151.9640, 133.7485, 134.6045 -> two decimals, HALF_EVEN.
        List<String> index = List.of("100.00", "107.78", "149.46", "151.96", "133.75", "134.60");
        for (int n = 0; n < index.size(); n++) {
            assertEquals(index.get(n), plain(json, "items[" + n + "].index.value"), YEARS.get(n));
        }
        assertEquals("25049.9 / 18610 * 100", json.getString("items[5].index.computation"));
    }

    @Test
    void baseParameterMovesTheIndexTo100InThatPeriod() {
        JsonPath json = ekrSeries("base", "2020");
        assertEquals("2020", json.getString("base_period"));
        // v[t] / 27815.1 * 100: 66.9061, 72.1112, 100, 101.6732, 89.4859, 90.0586.
        List<String> index = List.of("66.91", "72.11", "100.00", "101.67", "89.49", "90.06");
        for (int n = 0; n < index.size(); n++) {
            assertEquals(index.get(n), plain(json, "items[" + n + "].index.value"), YEARS.get(n));
        }
    }

    @Test
    void compoundAnnualGrowthRateOf2018To2023MatchesHandComputation() {
        JsonPath json = ekrSeries();
        // (25049.9 / 18610) ^ (1 / 5) - 1: 25049.9 / 18610 = 1.346045..., its fifth root 1.0612359..., so 6.12% a year.
        assertEquals("6.12", plain(json, "cagr.value"));
        assertEquals("((25049.9 / 18610) ^ (1 / 5) - 1) * 100", json.getString("cagr.computation"));
        assertEquals("HALF_EVEN to 2 decimals", json.getString("cagr.rounding"));
        assertTrue(json.getString("cagr.formula").startsWith("((v[last] / v[first]) ^ (1 / years) - 1) * 100"));
        // Checked without a root: 6.12 rounds every rate r with 1.06115^5 <= 25049.9 / 18610 < 1.06125^5.
        BigDecimal ratio = new BigDecimal("25049.9").divide(new BigDecimal("18610"), MathContext.DECIMAL128);
        assertTrue(new BigDecimal("1.06115").pow(5).compareTo(ratio) <= 0 && ratio.compareTo(new BigDecimal("1.06125").pow(5)) < 0);
    }

    @Test
    void fromAndToBoundTheListedPointsButTheYearBeforeStillFeedsTheFirstChange() {
        JsonPath json = ekrSeries("from", "2019", "to", "2021");
        assertEquals(List.of("2019", "2020", "2021"), json.getList("items.period.code"));
        assertEquals("2018", json.getString("items[0].previous_period"));
        assertEquals("1447.8", plain(json, "items[0].yoy_change.value"));
        assertEquals("2019", json.getString("base_period"));
        assertEquals("100.00", plain(json, "items[0].index.value"));
        // (28280.5 / 20057.8) ^ (1 / 2) - 1 = 0.187413..., so 18.74.
        assertEquals("18.74", plain(json, "cagr.value"));
    }

    @Test
    void defaultFrequencyIsTheOneWithMostPointsAndTheOthersAreListed() {
        // The Republic has six annual values (Table 1) and one half-year value (AIFC, 2024-S1).
        JsonPath json = Api.given().queryParam("region", "kazakhstan").get(EKR_GVA).then().statusCode(200).extract().jsonPath();
        assertEquals("annual", json.getString("frequency"));
        assertEquals(YEARS, json.getList("items.period.code"));
        assertEquals(List.of("annual", "semiannual"), json.getList("frequencies.frequency"));
        assertEquals(List.of(6, 1), json.getList("frequencies.points"));
    }

    @Test
    void aSinglePointSeriesHasNoChangeAndNoGrowthRate() {
        JsonPath json = Api.given().queryParam("region", "KZ").queryParam("frequency", "semiannual").get(EKR_GVA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2024-S1"), json.getList("items.period.code"));
        assertEquals("498700.0", plain(json, "items[0].value"));
        assertNull(json.get("items[0].yoy_change.value"));
        assertEquals("100.00", plain(json, "items[0].index.value"));
        assertNull(json.get("cagr.value"));
        assertTrue(json.getString("cagr.reason").contains("at least two points"), json.getString("cagr.reason"));
    }

    @Test
    void breakdownMemberSelectsTheSeriesOfThatMember() {
        JsonPath json = Api.given().queryParam("region", "east-kazakhstan").queryParam("breakdown", "institution_type:museums")
                .get("/v1/indicators/cultural-attendance/series").then().statusCode(200).extract().jsonPath();
        assertEquals("institution_type", json.getString("breakdown.dimension"));
        assertEquals("museums", json.getString("breakdown.member"));
        assertEquals(List.of("2023"), json.getList("items.period.code"));
        assertEquals("515.8", plain(json, "items[0].value"));
        assertEquals(3, json.getInt("indicator.unit_multiplier"));
    }

    @Test
    void aRegionWithoutValuesGivesAnEmptySeriesNotAnError() {
        // Cultural attendance is stored by institution type only: there are no totals.
        Api.given().queryParam("region", "east-kazakhstan").get("/v1/indicators/cultural-attendance/series").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("frequency", nullValue())
                .body("base_period", nullValue())
                .body("cagr.value", nullValue())
                .body("cagr.reason", containsString("at least two points"));
    }

    @Test
    void seriesCarriesTheIndicatorUnitAndTheRegion() {
        Api.given().queryParam("region", "630000000").get(EKR_GVA).then().statusCode(200)
                .body("indicator.code", equalTo("creative-gva"))
                .body("indicator.unit", equalTo("KZT"))
                .body("indicator.unit_multiplier", equalTo(6))
                .body("indicator.decimals", equalTo(1))
                .body("indicator.name", notNullValue())
                .body("region.slug", equalTo("east-kazakhstan"))
                .body("region.level", equalTo("region"))
                .body("next", nullValue());
    }

    @Test
    void nationalCreativeGvaGrewByTheTotalChangeAJournalistQuotesFromTable1() {
        JsonPath json = Api.given().queryParam("region", "KZ").queryParam("from", "2018").queryParam("to", "2023")
                .get(EKR_GVA).then().statusCode(200).extract().jsonPath();
        // Table 1, Kazakhstan: 594 469.6 (2018) and 1 202 101.2 (2023), million tenge.
        // 1202101.2 - 594469.6 = 607631.6; 607631.6 / 594469.6 * 100 = 102.2141... -> 102.21 (not the prose's "about 101.9%").
        assertDerived(json, "change", "607631.6", "v[last] - v[first]", "1202101.2 - 594469.6", "HALF_EVEN to 1 decimal");
        assertDerived(json, "change_percent", "102.21", "(v[last] - v[first]) / v[first] * 100", "(1202101.2 - 594469.6) / 594469.6 * 100",
                "HALF_EVEN to 2 decimals");
        BigDecimal byHand = new BigDecimal("1202101.2").subtract(new BigDecimal("594469.6")).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("594469.6"), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
        assertEquals(byHand.toPlainString(), plain(json, "change_percent.value"));
        // The index of the last point says the same thing another way: 202.21 = 100 + 102.21.
        assertEquals("202.21", plain(json, "items[5].index.value"));
    }

    @Test
    void aSingleYearHasNoTotalChangeAndSaysWhy() {
        JsonPath json = ekrSeries("from", "2023", "to", "2023");
        assertNull(json.get("change.value"));
        assertNull(json.get("change_percent.computation"));
        assertTrue(json.getString("change_percent.reason").contains("at least two points"), json.getString("change_percent.reason"));
    }

    @ParameterizedTest
    @CsvSource({"en,million tenge,en", "ru,млн тенге,ru", "kk,млн теңге,kk"})
    void unitLabelIsInTheReadersLanguage(String lang, String label, String labelLanguage) {
        JsonPath json = ekrSeries("lang", lang);
        assertEquals(label, json.getString("unit_label"));
        assertEquals(labelLanguage, json.getString("unit_label_language"));
        assertEquals("KZT", json.getString("indicator.unit"));
    }

    @Test
    void everySourceAPointNamesIsCitedInFullInline() {
        JsonPath json = ekrSeries();
        List<String> named = json.getList("items.source_id");
        List<String> cited = json.getList("sources.id");
        assertEquals(named.stream().distinct().toList(), cited);
        assertEquals("bns-creative-gva-table-1", json.getString("sources[0].id"));
        assertEquals("Table 1", json.getString("sources[0].locator"));
        assertEquals(24, json.getInt("sources[0].reference_number"));
        assertTrue(json.getString("sources[0].title").startsWith("Gross Value Added"), json.getString("sources[0].title"));
        assertTrue(json.getString("sources[0].url").startsWith("https://"), json.getString("sources[0].url"));
    }

    @Test
    void statementCountDoesNotGrowWithTheLengthOfTheSeries() {
        statements.assertSameCount(EKR_GVA + "?region=east-kazakhstan&from=2022&to=2023", EKR_GVA + "?region=east-kazakhstan",
                3, "indicator, region and one observation statement");
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    @Test
    void unknownIndicatorInThePathIs404() {
        assertProblem(Api.given().queryParam("region", "astana").get("/v1/indicators/gdp-of-mars/series").then(), 404)
                .body("type", equalTo("urn:creative-economy:problem:not-found"))
                .body("detail", containsString("gdp-of-mars"));
    }

    @Test
    void errorsAreProblemJsonWhenCsvWasAskedFor() {
        assertProblem(Api.given().accept("text/csv").get(EKR_GVA).then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.given().queryParam("format", "csv").queryParam("region", "astana").get("/v1/indicators/gdp-of-mars/series").then(), 404);
    }
}
