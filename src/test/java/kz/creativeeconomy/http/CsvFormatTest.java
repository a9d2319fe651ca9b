package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every list endpoint speaks CSV, parsed back here with a CSV library and compared with the JSON form. */
@QuarkusTest
class CsvFormatTest {

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    static List<String> header(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getHeaderNames();
        }
    }

    @ParameterizedTest(name = "{0} as CSV equals its JSON")
    @CsvSource({
            "/v1/regions, code, code",
            "/v1/indicators, code, code",
            "/v1/sources, id, id",
            "/v1/years, year, year",
            "/v1/observations?limit=1000, value, value",
            "/v1/observations?region=east-kazakhstan&lang=ru, region_name, region.name",
            "/v1/cultural-organisations, id, id",
            "/v1/cultural-organisations?lang=ru, name, name",
            "/v1/events, id, id",
            "/v1/events?country=MN, countries, countries",
            "/v1/initiatives, actor, actor",
            "/v1/challenges, problem, problem",
    })
    void everyListEndpointServesCsvThatMatchesItsJson(String path, String column, String jsonPath) throws IOException {
        JsonPath json = Api.given().get(path).then().statusCode(200).extract().jsonPath();
        String csv = Api.given().accept("text/csv").get(path).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .extract().asString();
        List<CSVRecord> rows = parse(csv);
        List<Object> expected = json.getList("items." + jsonPath);
        assertEquals(expected.size(), rows.size());
        for (int n = 0; n < rows.size(); n++) {
            Object value = expected.get(n);
            String text = value instanceof java.math.BigDecimal d ? d.toPlainString()
                    : value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            assertEquals(text, rows.get(n).get(column), path + " row " + n);
        }
    }

    @Test
    void formatParameterOverridesAccept() {
        String byAccept = Api.given().accept("text/csv").get("/v1/regions").then().statusCode(200).extract().asString();
        String byFormat = Api.given().accept("application/json").queryParam("format", "csv").get("/v1/regions").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals(byAccept, byFormat);
        Api.given().accept("text/csv").queryParam("format", "json").get("/v1/regions").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void observationCsvKeepsStatusUnitMultiplierFootnoteAndSource() throws IOException {
        String csv = Api.given().queryParam("format", "csv").queryParam("indicator", "gross-product").queryParam("region", "east-kazakhstan")
                .queryParam("period", "2019").get("/v1/observations").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"observations-gross-product-east-kazakhstan-2019.csv\"")).extract().asString();
        assertTrue(header(csv).containsAll(List.of("indicator_code", "region_code", "period_code", "value", "unit", "unit_multiplier",
                "status", "footnote", "source_id", "source_reference_number", "source_locator")), header(csv).toString());
        CSVRecord row = parse(csv).get(0);
        assertEquals("4024968.4", row.get("value"));
        assertEquals("KZT", row.get("unit"));
        assertEquals("6", row.get("unit_multiplier"));
        assertEquals("final", row.get("status"));
        assertEquals("bns-creative-gva-table-1", row.get("source_id"));
        assertTrue(row.get("footnote").contains("40 24 968,4"), row.get("footnote"));
    }

    @Test
    void bomPrefixesAByteOrderMarkAndCyrillicSurvives() throws IOException {
        byte[] body = Api.given().accept("text/csv").queryParam("region", "east-kazakhstan").queryParam("lang", "ru").queryParam("bom", "true")
                .get("/v1/observations").then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("Восточно-Казахстанская область"), text.substring(0, Math.min(400, text.length())));
        byte[] withoutBom = Api.given().accept("text/csv").queryParam("region", "east-kazakhstan").get("/v1/observations").then()
                .statusCode(200).extract().asByteArray();
        assertFalse(withoutBom[0] == (byte) 0xEF);
    }

    @Test
    void emptyResultStillHasItsHeaderRow() throws IOException {
        String csv = Api.given().accept("text/csv").queryParam("status", "break").get("/v1/observations").then().statusCode(200).extract().asString();
        assertTrue(header(csv).contains("value"));
        assertEquals(0, parse(csv).size());
    }

    @Test
    void exportStreamsTheWholeFilteredResultWithoutPaging() throws IOException {
        int total = Api.given().queryParam("limit", 1000).get("/v1/observations").then().statusCode(200)
                .body("next", nullValue()).extract().path("items.size()");
        String csv = Api.given().queryParam("format", "csv").queryParam("limit", "all").get("/v1/observations").then().statusCode(200)
                .header("Link", nullValue())
                .extract().asString();
        assertEquals(total, parse(csv).size());
        String filtered = Api.given().queryParam("format", "csv").queryParam("limit", "all").queryParam("indicator", "creative-gva")
                .queryParam("region", "astana").get("/v1/observations").then().statusCode(200).extract().asString();
        assertEquals(6, parse(filtered).size());
    }

    /**
     * The export formats the cells rows share once and copies them; a page formats every cell. Both must give the same
     * bytes, in every language, with a byte-order mark, for totals and breakdowns (the seed fits in one page of 1,000).
     */
    @ParameterizedTest(name = "export equals the CSV page: {0}")
    @CsvSource({
            "lang=en",
            "lang=ru&bom=true",
            "lang=kk",
            "breakdown=organisation_type&lang=ru",
            "status=provisional&status=estimated",
    })
    void exportIsByteForByteTheCsvOfItsPage(String filters) {
        byte[] page = Api.given().get("/v1/observations?format=csv&limit=1000&" + filters).then().statusCode(200)
                .extract().asByteArray();
        byte[] export = Api.given().get("/v1/observations?format=csv&limit=all&" + filters).then().statusCode(200).extract().asByteArray();
        assertEquals(new String(page, StandardCharsets.UTF_8), new String(export, StandardCharsets.UTF_8));
        assertArrayEquals(page, export);
        assertTrue(page.length > 500, "the filter selects rows: " + filters);
    }

    @Test
    void limitAllIsOnlyForCsv() {
        Api.given().queryParam("limit", "all").get("/v1/observations").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("invalid_params[0].name", equalTo("limit"));
    }

    @Test
    void unsupportedFormatsAre406ListingTheSupportedOnes() {
        Api.given().queryParam("format", "xml").get("/v1/observations").then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("csv"))
                .body("detail", containsString("json-stat"));
        Api.given().queryParam("format", "json-stat").get("/v1/regions").then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("/v1/observations"));
        Api.given().accept("application/xml").get("/v1/observations").then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("text/csv"));
        Api.given().accept("text/csv").get("/v1/regions/astana").then().statusCode(406);
    }

    @Test
    void badBomValueIs400() {
        Api.given().queryParam("bom", "yes").get("/v1/regions").then().statusCode(400)
                .body("invalid_params[0].name", equalTo("bom"));
    }
}
