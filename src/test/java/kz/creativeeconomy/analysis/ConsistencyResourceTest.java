package kz.creativeeconomy.analysis;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kz.creativeeconomy.support.Readings.csvRecords;
import static kz.creativeeconomy.support.Readings.plain;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/consistency: the 24 published shares of Table 1 against their components, and the paper's growth figure.
 *
 * <p>By hand, published - creative-gva / gross-product * 100 (one decimal published, so flagged beyond 0.05):
 * <pre>
 *              2018     2019     2020     2021     2022     2023
 * Kazakhstan  +0.0384  +0.0349  +0.0231  -0.0151  -0.0203  -0.0064
 * Astana      +0.0478  -0.0135  -0.0244  -0.0323  -0.0325  +0.0285
 * Almaty      -0.0099  -0.0473  +0.0023  +0.0425  +0.0398  -0.0332
 * EKR         -0.0185  +0.0017  -0.0039  +0.0238  -0.0355  +0.0382
 * </pre>
 * None is beyond 0.05, so none of the 24 is inconsistent; the nearest are Astana 2018 (3.8 against 3.7522) and Almaty
 * 2019 (1.3 against 1.3473). EKR 2019 (0.5 against 0.4983) also confirms the reading of the misprinted GRP "40 24 968,4"
 * as 4 024 968,4. The 25th published share, "1%" for 2024 (Kapital.kz), has no stored components.
 */
@QuarkusTest
class ConsistencyResourceTest {

    @Inject
    kz.creativeeconomy.support.Statements statements;

    private static final List<String> REGIONS = List.of("kazakhstan", "astana", "almaty", "east-kazakhstan");
    private static final List<String> YEARS = List.of("2018", "2019", "2020", "2021", "2022", "2023");
    /** Table 1 per region (order of REGIONS), per year: creative GVA, GDP/GRP, published share. */
    private static final String[][][] TABLE_1 = {
            {{"594469.6", "61819536.4", "1.0"}, {"601506.1", "69532626.5", "0.9"}, {"619498.5", "70649033.2", "0.9"},
                    {"768219.7", "83951587.9", "0.9"}, {"954957.1", "103765518.2", "0.9"}, {"1202101.2", "119442289.7", "1.0"}},
            {{"251620.5", "6705993.3", "3.8"}, {"243940.8", "7834828.5", "3.1"}, {"225252.6", "7975283.1", "2.8"},
                    {"288444.7", "8923711.8", "3.2"}, {"334312.5", "10672480.5", "3.1"}, {"333281.8", "12960836.0", "2.6"}},
            {{"183187.6", "12132649.7", "1.5"}, {"182521.4", "13546958.4", "1.3"}, {"188122.5", "13459802.6", "1.4"},
                    {"248629.6", "15000060.4", "1.7"}, {"337162.3", "19154536.7", "1.8"}, {"462520.8", "25229706.8", "1.8"}},
            {{"18610", "3589332.8", "0.5"}, {"20057.8", "4024968.4", "0.5"}, {"27815.1", "4605532.1", "0.6"},
                    {"28280.5", "3227619.2", "0.9"}, {"24890.6", "3916818.1", "0.6"}, {"25049.9", "4459056.1", "0.6"}}};

    private static JsonPath report(String... query) {
        var request = Api.given();
        for (int n = 0; n < query.length; n += 2) {
            request = request.queryParam(query[n], query[n + 1]);
        }
        return request.get("/v1/consistency").then().statusCode(200).extract().jsonPath();
    }

    /** The path prefix of the note with this id ("notes[2]."); fails when the report has no such note. */
    private static String note(JsonPath json, String id) {
        int n = json.getList("notes.id").indexOf(id);
        assertTrue(n >= 0, "no note " + id);
        return "notes[" + n + "].";
    }

    @Test
    void all24Table1SharesAgreeWithTheirComponentsWithinThePublishedRounding() {
        JsonPath json = report();
        Map<String, Integer> index = new HashMap<>();
        List<String> slugs = json.getList("items.region.slug");
        List<String> periods = json.getList("items.period.code");
        for (int n = 0; n < slugs.size(); n++) {
            index.put(slugs.get(n) + "|" + periods.get(n), n);
        }
        int checked = 0;
        for (int r = 0; r < REGIONS.size(); r++) {
            for (int y = 0; y < YEARS.size(); y++) {
                String[] cells = TABLE_1[r][y];
                Integer n = index.get(REGIONS.get(r) + "|" + YEARS.get(y));
                assertTrue(n != null, "no item for " + REGIONS.get(r) + " " + YEARS.get(y));
                String item = "items[" + n + "].";
                BigDecimal exact = new BigDecimal(cells[0]).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(cells[1]), MathContext.DECIMAL128);
                BigDecimal published = new BigDecimal(cells[2]);
                String where = REGIONS.get(r) + " " + YEARS.get(y);
                assertEquals(cells[2], plain(json, item + "published"), where);
                assertEquals(exact.setScale(1, RoundingMode.HALF_EVEN).toPlainString(), plain(json, item + "recomputed.value"), where);
                assertEquals(published.subtract(exact).setScale(4, RoundingMode.HALF_EVEN).toPlainString(), plain(json, item + "difference.value"), where);
                assertEquals(cells[0] + " / " + cells[1] + " * 100", json.getString(item + "recomputed.computation"), where);
                assertEquals("creative-gva / gross-product * 100", json.getString(item + "recomputed.formula"), where);
                assertEquals("HALF_EVEN to 1 decimal", json.getString(item + "recomputed.rounding"), where);
                assertEquals("0.05", plain(json, item + "tolerance"), where);
                assertEquals(1, json.getInt(item + "published_decimals"), where);
                assertEquals(Boolean.TRUE, json.get(item + "consistent"), where);
                assertEquals("bns-creative-gva-table-1", json.getString(item + "source_id"), where);
                checked++;
            }
        }
        assertEquals(24, checked);
    }

    @Test
    void summaryCountsTheTable1SharesAndTheOneWithoutComponents() {
        JsonPath json = report();
        assertEquals(List.of("creative-gva-share"), json.getList("indicators"));
        assertEquals(25, json.getInt("summary.checked"));
        assertEquals(24, json.getInt("summary.consistent"));
        assertEquals(0, json.getInt("summary.inconsistent"));
        assertEquals(1, json.getInt("summary.not_recomputable"));
    }

    @Test
    void theKapital2024ShareHasNoComponentsAndIsNeitherConsistentNorInconsistent() {
        JsonPath json = report("region", "kazakhstan");
        int n = json.getList("items.period.code").indexOf("2024");
        assertTrue(n >= 0);
        assertEquals("1", plain(json, "items[" + n + "].published"));
        assertEquals(0, json.getInt("items[" + n + "].published_decimals"));
        assertEquals("0.5", plain(json, "items[" + n + "].tolerance"));
        assertNull(json.get("items[" + n + "].consistent"));
        assertNull(json.get("items[" + n + "].recomputed.value"));
        assertEquals("no stored creative-gva and no stored gross-product for kazakhstan, 2024", json.getString("items[" + n + "].recomputed.reason"));
    }

    @Test
    void onlyInconsistentListsNoShareButKeepsTheGrowthDiscrepancy() {
        JsonPath json = report("only_inconsistent", "true");
        assertEquals(0, json.getList("items").size());
        assertEquals(25, json.getInt("summary.checked"));
        assertEquals(List.of("kazakhstan-creative-gva-growth-2018-2023"), json.getList("notes.id"));
    }

    @Test
    void paperGrowthOfAbout101Point9PercentIsFlaggedAgainstTheTable1Growth() {
        JsonPath json = report();
        String note = note(json, "kazakhstan-creative-gva-growth-2018-2023");
        assertEquals("101.9", plain(json, note + "stated_value"));
        assertTrue(json.getString(note + "claim").contains("about 101.9%"));
        assertEquals("authors-text", json.getString(note + "claim_source_id"));
        // (1202101.2 / 594469.6 - 1) * 100: 1202101.2 / 594469.6 = 2.0221407..., so 102.2141 -> 102.21.
        assertEquals("102.21", plain(json, note + "computed.value"));
        assertEquals("(1202101.2 / 594469.6 - 1) * 100", json.getString(note + "computed.computation"));
        BigDecimal exact = new BigDecimal("1202101.2").divide(new BigDecimal("594469.6"), MathContext.DECIMAL128)
                .subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
        assertEquals(exact.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), plain(json, note + "computed.value"));
        // 101.9 - 102.2141 = -0.3141, far beyond the 0.05 that "101.9" can hide.
        assertEquals("-0.3141", plain(json, note + "difference.value"));
        assertEquals(Boolean.FALSE, json.get(note + "consistent"));
        assertEquals(List.of("bns-creative-gva-table-1"), json.getList(note + "data_source_ids"));
        // The prose's "1.2 trillion tenge": (1200000 / 594469.6 - 1) * 100 = 101.8606 -> 101.86, which prints as 101.9.
        assertEquals("101.86", plain(json, note + "alternative.value"));
        assertEquals("(1200000 / 594469.6 - 1) * 100", json.getString(note + "alternative.computation"));
        assertTrue(json.getString(note + "explanation").startsWith("Discrepancy"), json.getString(note + "explanation"));
    }

    @Test
    void aifcShareOfAstanaAndAlmatyAgreesWithTable1() {
        JsonPath json = report();
        String note = note(json, "astana-almaty-share-of-creative-gva");
        assertEquals("66.2", plain(json, note + "stated_value"));
        assertEquals("aifc-2024-text", json.getString(note + "claim_source_id"));
        // (333281.8 + 462520.8) / 1202101.2 * 100 = 795802.6 / 1202101.2 * 100 = 66.2010 -> 66.20, within 0.05 of 66.2.
        assertEquals("66.20", plain(json, note + "computed.value"));
        assertEquals(Boolean.TRUE, json.get(note + "consistent"));
    }

    @Test
    void theProseGrowthFigureIsNotStoredAsAnObservation() {
        List<Object> values = Api.given().queryParam("limit", 1000).get("/v1/observations").then().statusCode(200)
                .extract().jsonPath().getList("items.value");
        assertTrue(values.size() > 100, "the whole seed is read");
        assertFalse(values.stream().anyMatch(v -> new BigDecimal(v.toString()).compareTo(new BigDecimal("101.9")) == 0), "101.9 is a claim to check, not data");
    }

    @Test
    void regionFilterNarrowsTheItemsButNotTheNotes() {
        JsonPath json = report("region", "east-kazakhstan", "indicator", "creative-gva-share");
        assertEquals(YEARS, json.getList("items.period.code"));
        assertEquals(List.of("east-kazakhstan"), json.getList("items.region.slug").stream().distinct().toList());
        assertEquals(6, json.getInt("summary.checked"));
        assertEquals(2, json.getList("notes").size());
    }

    @Test
    void consistencyAsCsvHasOneRowPerPublishedValue() throws IOException {
        String csv = Api.given().queryParam("format", "csv").queryParam("region", "astana").get("/v1/consistency").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = csvRecords(csv);
        assertEquals(6, rows.size());
        assertEquals("2018", rows.get(0).get("period_code"));
        assertEquals("3.8", rows.get(0).get("published"));
        assertEquals("3.8", rows.get(0).get("recomputed_value"));
        assertEquals("0.0478", rows.get(0).get("difference_value"));
        assertEquals("true", rows.get(0).get("consistent"));
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfRegionsOrValues() {
        statements.assertSameCount("/v1/consistency?region=astana", "/v1/consistency?region=astana,almaty,east-kazakhstan",
                4, "indicators, regions, values and the notes' values");
    }
}
