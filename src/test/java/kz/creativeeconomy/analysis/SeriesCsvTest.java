package kz.creativeeconomy.analysis;

import static kz.creativeeconomy.support.Readings.csvRecords;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /v1/indicators/{code}/series as CSV: a row per point, its derived numbers, and what its number is on every row. */
@QuarkusTest
class SeriesCsvTest {

    private static final String EKR_GVA = "/v1/indicators/creative-gva/series";

    @Test
    void theSeriesCsvKeepsItsColumnsAndEveryRowSaysWhatItsNumberIs() throws IOException {
        String csv = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "csv").queryParam("lang", "ru").get(EKR_GVA)
                .then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            List<String> header = parser.getHeaderNames();
            // The columns of the series CSV before issue 22, in order and first: positional readers keep working.
            assertEquals(List.of("period_code", "period_frequency", "period_start", "period_end", "value", "status", "source_id",
                    "previous_period", "yoy_change_value", "yoy_change_formula", "yoy_change_computation", "yoy_change_rounding",
                    "yoy_change_reason", "yoy_change_percent_value", "yoy_change_percent_formula", "yoy_change_percent_computation",
                    "yoy_change_percent_rounding", "yoy_change_percent_reason", "index_value", "index_formula", "index_computation",
                    "index_rounding", "index_reason", "indicator_code", "region_code", "region_slug", "breakdown_dimension",
                    "breakdown_member", "unit", "unit_multiplier", "unit_label", "unit_label_language"), header);
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(6, rows.size());
            for (CSVRecord row : rows) {
                // A row pasted on its own into a spreadsheet still says whose number it is and in what unit.
                assertEquals(List.of("creative-gva", "630000000", "east-kazakhstan", "", "", "KZT", "6", "млн тенге", "ru"),
                        List.of(row.get("indicator_code"), row.get("region_code"), row.get("region_slug"), row.get("breakdown_dimension"),
                                row.get("breakdown_member"), row.get("unit"), row.get("unit_multiplier"), row.get("unit_label"),
                                row.get("unit_label_language")), row.get("period_code"));
            }
        }
        String museums = Api.given().queryParam("region", "east-kazakhstan").queryParam("breakdown", "institution_type:museums")
                .queryParam("format", "csv").get("/v1/indicators/cultural-attendance/series").then().statusCode(200).extract().asString();
        CSVRecord first = csvRecords(museums).get(0);
        assertEquals(List.of("institution_type", "museums", "visits", "3"), List.of(first.get("breakdown_dimension"),
                first.get("breakdown_member"), first.get("unit"), first.get("unit_multiplier")));
    }

    @Test
    void seriesAsCsvHasOneRowPerPointWithItsDerivedNumbers() throws IOException {
        String csv = Api.given().queryParam("region", "east-kazakhstan").queryParam("format", "csv").get(EKR_GVA).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"indicators-creative-gva-series-east-kazakhstan.csv\""))
                .extract().asString();
        List<CSVRecord> rows = csvRecords(csv);
        assertEquals(6, rows.size());
        CSVRecord y2019 = rows.get(1);
        assertEquals("2019", y2019.get("period_code"));
        assertEquals("20057.8", y2019.get("value"));
        assertEquals("bns-creative-gva-table-1", y2019.get("source_id"));
        assertEquals("1447.8", y2019.get("yoy_change_value"));
        assertEquals("7.78", y2019.get("yoy_change_percent_value"));
        assertEquals("(v[t] - v[t-1]) / v[t-1] * 100", y2019.get("yoy_change_percent_formula"));
        assertEquals("HALF_EVEN to 2 decimals", y2019.get("yoy_change_percent_rounding"));
        assertEquals("107.78", y2019.get("index_value"));
        assertEquals("", rows.get(0).get("yoy_change_percent_value"));
        assertTrue(rows.get(0).get("yoy_change_percent_reason").startsWith("no value"));
    }
}
