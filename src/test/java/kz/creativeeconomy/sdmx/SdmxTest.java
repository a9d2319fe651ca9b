package kz.creativeeconomy.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * SDMX-CSV 2.0 and SDMX-JSON 2.0 data messages read back (commons-csv's parser; the SDMX-JSON structure decoded as an
 * SDMX-JSON reader does) and compared with the JSON API value by value, unit by unit, status by status, source by
 * source; every SDMX-JSON message validated against the SDMX TWG's JSON schemas.
 */
@QuarkusTest
class SdmxTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    static final Map<String, String> STATUS = Map.of("final", "A", "provisional", "P", "estimated", "E", "break", "B");

    /** What the JSON API says of one value, in SDMX terms; the key is indicator:region:breakdown:TIME_PERIOD. */
    record Expected(String value, String unit, String multiplier, String decimals, String status, String source, String footnote) {
    }

    /** Every observation of the JSON API, walking its pages. */
    static Map<String, Expected> fromJsonApi() throws IOException {
        Map<String, Expected> expected = new HashMap<>();
        String next = "/v1/observations?limit=1000";
        while (next != null) {
            JsonNode page = JSON.readTree(Api.given().urlEncodingEnabled(false).get(next.replaceFirst("^https?://[^/]+", ""))
                    .then().statusCode(200).extract().asString());
            for (JsonNode item : page.get("items")) {
                JsonNode breakdown = item.get("breakdown");
                String key = item.at("/indicator/code").asText() + ":" + item.at("/region/code").asText() + ":"
                        + (breakdown.isNull() ? "_T" : breakdown.get("dimension").asText() + "-" + breakdown.get("member").asText())
                        + ":" + timePeriod(item.get("period"));
                Expected previous = expected.put(key, new Expected(item.get("value").decimalValue().toPlainString(), item.get("unit").asText(),
                        item.get("unit_multiplier").asText(), item.get("decimals").asText(), STATUS.get(item.get("status").asText()),
                        item.at("/source/id").asText(), item.get("footnote").isNull() ? null : item.get("footnote").asText()));
                assertEquals(null, previous, "two observations share the SDMX key " + key);
            }
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        assertTrue(expected.size() > 100, "the seed has more than 100 observations: " + expected.size());
        return expected;
    }

    /** The SDMX time period the README promises for a period of the JSON API (checked here independently of Sdmx). */
    static String timePeriod(JsonNode period) {
        String code = period.get("code").asText();
        if (!period.get("frequency").asText().equals("cumulative")) {
            return code;
        }
        java.time.LocalDate start = java.time.LocalDate.parse(period.get("start").asText());
        java.time.LocalDate end = java.time.LocalDate.parse(period.get("end").asText());
        return start + "/" + java.time.Period.between(start, end.plusDays(1));
    }

    @Test
    void sdmxJsonMessageOfEveryObservationIsValidAndCarriesTheJsonApisValuesUnitsStatusesAndSources() throws IOException {
        Map<String, Expected> expected = fromJsonApi();
        Response response = Api.given().accept("application/vnd.sdmx.data+json;version=2.0.0").get("/v1/observations/sdmx-json")
                .then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("application/vnd.sdmx.data+json"), response.contentType());
        assertTrue(response.contentType().contains("version=2.0.0"), response.contentType());
        JsonNode message = JSON.readTree(response.asString());
        assertEquals(List.of(), SdmxSchemas.problems(SdmxSchemas.DATA, message));

        Map<String, Expected> read = readSdmxJson(message);
        assertEquals(expected.keySet(), read.keySet());
        expected.forEach((key, value) -> assertEquals(value, read.get(key), key));
    }

    /** Decodes a flat SDMX-JSON 2.0 data message as a generic reader does: keys and attribute values by their positions. */
    static Map<String, Expected> readSdmxJson(JsonNode message) {
        JsonNode structure = message.at("/data/structures/0");
        List<JsonNode> dimensions = new ArrayList<>();
        structure.at("/dimensions/observation").forEach(dimensions::add);
        assertEquals(List.of("INDICATOR", "REF_AREA", "BREAKDOWN", "TIME_PERIOD"), dimensions.stream().map(d -> d.get("id").asText()).toList());
        List<JsonNode> attributes = new ArrayList<>();
        structure.at("/attributes/observation").forEach(attributes::add);
        assertEquals(List.of("UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "SOURCE", "OBS_COMMENT"),
                attributes.stream().map(a -> a.get("id").asText()).toList());
        Map<String, Expected> read = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = message.at("/data/dataSets/0/observations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> observation = it.next();
            String[] positions = observation.getKey().split(":");
            List<String> key = new ArrayList<>();
            for (int d = 0; d < positions.length; d++) {
                JsonNode value = dimensions.get(d).get("values").get(Integer.parseInt(positions[d]));
                key.add(value.has("id") ? value.get("id").asText() : value.get("value").asText());
            }
            JsonNode cells = observation.getValue();
            List<String> values = new ArrayList<>();
            for (int a = 0; a < attributes.size(); a++) {
                JsonNode at = cells.get(1 + a);
                JsonNode value = at.isNull() ? null : attributes.get(a).get("values").get(at.asInt());
                values.add(value == null ? null : value.has("id") ? value.get("id").asText() : value.get("value").asText());
            }
            assertTrue(cells.get(0).isNumber(), "OBS_VALUE is a JSON number: " + cells.get(0));
            read.put(String.join(":", key), new Expected(cells.get(0).decimalValue().toPlainString(), values.get(0), values.get(1), values.get(2),
                    values.get(3), values.get(4), values.get(5)));
        }
        return read;
    }

    @Test
    void sdmxCsvOfEveryObservationReadBackByACsvParserHasTheJsonApisValuesUnitsStatusesAndSources() throws IOException {
        Map<String, Expected> expected = fromJsonApi();
        Response response = Api.given().get("/v1/observations?format=sdmx-csv&limit=all").then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("application/vnd.sdmx.data+csv"), response.contentType());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString())).getRecords();
        assertEquals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA", "BREAKDOWN", "TIME_PERIOD", "OBS_VALUE",
                "UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "SOURCE", "OBS_COMMENT"), rows.get(0).getParser().getHeaderNames());
        Map<String, Expected> read = new HashMap<>();
        for (CSVRecord row : rows) {
            assertEquals("dataflow", row.get("STRUCTURE"));
            assertEquals("CREATIVE_ECONOMY_KZ:DF_OBSERVATIONS(1.0.0)", row.get("STRUCTURE_ID"));
            assertEquals("I", row.get("ACTION"));
            read.put(row.get("INDICATOR") + ":" + row.get("REF_AREA") + ":" + row.get("BREAKDOWN") + ":" + row.get("TIME_PERIOD"),
                    new Expected(row.get("OBS_VALUE"), row.get("UNIT_MEASURE"), row.get("UNIT_MULT"), row.get("DECIMALS"), row.get("OBS_STATUS"),
                            row.get("SOURCE"), row.get("OBS_COMMENT").isEmpty() ? null : row.get("OBS_COMMENT")));
        }
        assertEquals(expected.size(), rows.size(), "one row per observation");
        assertEquals(expected, read);
        // Exact decimals as printed: Table 1's EKR creative GVA, 18 610 (2018) and 20 057.8 (2019).
        assertEquals("18610", read.get("creative-gva:630000000:_T:2018").value());
        assertEquals("20057.8", read.get("creative-gva:630000000:_T:2019").value());
    }

    @Test
    void sdmxCsvPagesLikeTheCsvAndTheNextLinksVisitEveryRowOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        String next = "/v1/observations/sdmx-csv?indicator=creative-gva&limit=7";
        int pages = 0;
        while (next != null) {
            Response response = Api.given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
            List<CSVRecord> rows = records(response.asString());
            assertTrue(rows.size() <= 7, "at most limit rows");
            for (CSVRecord row : rows) {
                keys.add(row.get("INDICATOR") + ":" + row.get("REF_AREA") + ":" + row.get("BREAKDOWN") + ":" + row.get("TIME_PERIOD"));
            }
            String link = response.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>')).replaceFirst("^https?://[^/]+", "");
            pages++;
        }
        String all = Api.given().get("/v1/observations?indicator=creative-gva&format=csv&limit=all").then().statusCode(200).extract().asString();
        assertEquals(records(all).size(), keys.size(), "the pages hold every row of the indicator");
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "no row twice");
        assertTrue(pages > 1, "more than one page");
    }

    static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theSdmxMediaTypesInAcceptSelectSdmxOnTheObservationsUrlAndOtherAcceptsAreUnchanged() {
        String filter = "/v1/observations?indicator=creative-gva&region=east-kazakhstan";
        String viaAccept = Api.given().accept("application/vnd.sdmx.data+csv;version=2.0.0").get(filter).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.sdmx.data+csv")).extract().asString();
        String viaFormat = Api.given().get(filter + "&format=sdmx-csv").then().statusCode(200).extract().asString();
        String direct = Api.given().get("/v1/observations/sdmx-csv?indicator=creative-gva&region=east-kazakhstan").then().statusCode(200).extract().asString();
        assertEquals(direct, viaAccept);
        assertEquals(direct, viaFormat);
        Api.given().accept("application/vnd.sdmx.data+json").get(filter).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.sdmx.data+json"));
        Api.given().accept("application/json, application/vnd.sdmx.data+csv;q=0.5").get(filter).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/json"));
        Api.given().accept("text/csv").get(filter).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void sdmxFormatsAreProblemsWhereTheyAreNotServedAndAnEmptySdmxJsonResultIs404() {
        Api.given().get("/v1/regions?format=sdmx-csv").then().statusCode(406).contentType("application/problem+json")
                .body("invalid_params[0].name", org.hamcrest.Matchers.equalTo("format"));
        Api.given().get("/v1/observations/sdmx-json?indicator=creative-gva&from=2030").then().statusCode(404)
                .contentType("application/problem+json");
        Api.given().get("/v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0?references=siblings").then().statusCode(400)
                .contentType("application/problem+json").body("invalid_params[0].name", org.hamcrest.Matchers.equalTo("references"));
    }
}
