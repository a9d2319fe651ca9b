package kz.creativeeconomy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.NodeReaders;
import org.junit.jupiter.api.Test;

/** JSON-stat datasets load in the real jsonstat-toolkit library and give back the values of the JSON form. */
@QuarkusTest
class JsonStatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs src/test/js/jsonstat-check.mjs (jsonstat-toolkit) on a document and returns what the library read. */
    static JsonNode loadWithJsonstatToolkit(String document) throws IOException, InterruptedException {
        Path file = Files.createTempFile(Path.of("target"), "dataset", ".json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return MAPPER.readTree(NodeReaders.run("jsonstat-check.mjs", "jsonstat-toolkit", 60, file.toString()));
    }

    @Test
    void table1IndicatorsLoadInJsonstatToolkitWithTheSameValuesAsJson() throws Exception {
        String filter = "indicator=creative-gva,gross-product,creative-gva-share&region=kazakhstan,astana,almaty,east-kazakhstan&frequency=annual&from=2018&to=2023";
        String dataset = Api.given().get("/v1/observations?format=json-stat&" + filter).then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonNode loaded = loadWithJsonstatToolkit(dataset);

        assertEquals(List.of("indicator", "region", "period", "breakdown"), MAPPER.convertValue(loaded.get("id"), List.class));
        assertEquals(List.of(3, 4, 6, 1), MAPPER.convertValue(loaded.get("size"), List.class));
        assertEquals("period", loaded.at("/role/time/0").asText());
        assertEquals("region", loaded.at("/role/geo/0").asText());
        assertEquals("indicator", loaded.at("/role/metric/0").asText());
        JsonNode indicator = loaded.get("dimensions").get(0);
        assertEquals("creative-gva", indicator.at("/categories/0/id").asText());
        assertEquals(1, indicator.at("/categories/0/unit/decimals").asInt());
        assertEquals("million tenge", indicator.at("/categories/0/unit/label").asText());

        Map<String, BigDecimal> fromJson = new HashMap<>();
        String next = "/v1/observations?limit=1000&" + filter;
        JsonPath page = Api.given().get(next).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (int n = 0; n < items.size(); n++) {
            fromJson.put(page.getString("items[" + n + "].indicator.code") + "|" + page.getString("items[" + n + "].region.code") + "|"
                    + page.getString("items[" + n + "].period.code"), new BigDecimal(page.getString("items[" + n + "].value")));
        }
        Map<String, BigDecimal> fromToolkit = new HashMap<>();
        for (JsonNode cell : loaded.get("cells")) {
            JsonNode c = cell.get("coordinates");
            fromToolkit.put(c.get("indicator").asText() + "|" + c.get("region").asText() + "|" + c.get("period").asText(),
                    new BigDecimal(cell.get("value").asText()));
            assertEquals("final", cell.get("status").asText());
        }
        assertEquals(72, fromJson.size());
        assertEquals(fromJson.keySet(), fromToolkit.keySet());
        fromJson.forEach((key, value) -> assertEquals(0, value.compareTo(fromToolkit.get(key)), key));
    }

    @Test
    void gapsAreNullAndLabelsFollowTheLanguage() throws Exception {
        // Kazakhstan has a 2024 half-year value, the other regions do not: the cube has gaps.
        String dataset = Api.given().get("/v1/observations?format=json-stat&indicator=creative-gva&region=kazakhstan,astana&lang=ru")
                .then().statusCode(200).header("Content-Language", "ru").extract().asString();
        JsonNode raw = MAPPER.readTree(dataset);
        assertTrue(raw.get("value").toString().contains("null"), "expected a null gap: " + raw.get("value"));
        JsonNode loaded = loadWithJsonstatToolkit(dataset);
        assertEquals("Показатель", loaded.at("/dimensions/0/label").asText());
        assertEquals("Астана", loaded.at("/dimensions/1/categories/1/label").asText());
        assertEquals("млн тенге", loaded.at("/dimensions/0/categories/0/unit/label").asText());
        assertEquals(raw.get("value").size(), loaded.get("n").asInt());
    }

    /**
     * format=json-stat answered these bytes before JSON-stat got its own operation; the URL must keep answering them.
     * Only the dataset's updated instant (the data version of this run) and the host in href are masked.
     */
    @Test
    void formatJsonStatKeepsAnsweringTheReleasedBytes() throws Exception {
        String url = "/v1/observations?format=json-stat&indicator=creative-gva,creative-gva-share&region=kazakhstan,east-kazakhstan&lang=ru";
        io.restassured.response.Response response = Api.raw().get(url);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.contentType());
        String masked = maskRunSpecificParts(response.asString());
        Path golden = Path.of("src/test/golden/observations-format-json-stat.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, masked, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), masked);
    }

    static String maskRunSpecificParts(String dataset) {
        return dataset.replaceFirst("\"updated\":\"[^\"]+\"", "\"updated\":\"(masked)\"")
                .replaceFirst("\"href\":\"http://[^/]+/", "\"href\":\"http://(host)/");
    }
}
