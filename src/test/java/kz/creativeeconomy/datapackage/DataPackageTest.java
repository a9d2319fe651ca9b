package kz.creativeeconomy.datapackage;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.NodeReaders;
import org.junit.jupiter.api.Test;

/** GET /v1/datapackage opened with the Frictionless libraries (src/test/js/datapackage-check.mjs) and with java.util.zip. */
@QuarkusTest
class DataPackageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static byte[] download() {
        return Api.given().get("/v1/datapackage").then().statusCode(200).contentType(startsWith("application/zip"))
                .extract().asByteArray();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static JsonNode readWithFrictionless(byte[] zip) throws IOException, InterruptedException {
        Path file = Files.createTempFile(Path.of("target"), "datapackage", ".zip");
        Files.write(file, zip);
        String output = NodeReaders.run("datapackage-check.mjs", "datapackage-js", 120, file.toAbsolutePath().toString());
        return MAPPER.readTree(output.substring(output.indexOf('{')));
    }

    @Test
    void oneDataVersionAlwaysGivesTheSameBytes() {
        assertArrayEquals(download(), download());
    }

    @Test
    void thePackageIsValidAgainstTheDataPackageAndTableSchemaProfilesAndEveryRowCastsAndResolves() throws Exception {
        JsonNode read = readWithFrictionless(download());
        assertTrue(read.get("valid").asBoolean(), "tabular-data-package profile: " + read.get("errors"));
        assertEquals("tabular-data-package", read.get("profile").asText());
        List<String> names = new ArrayList<>();
        for (JsonNode resource : read.get("resources")) {
            names.add(resource.get("name").asText());
            assertTrue(resource.get("tabular").asBoolean());
            assertTrue(resource.get("schemaValid").asBoolean(), resource.get("name") + ": " + resource.get("schemaErrors"));
        }
        assertEquals(List.of("observations", "indicators", "regions", "sources", "cultural-organisations", "events", "initiatives",
                "challenges"), names);
        // The cultural sector whole, as its lists give it, and its regions resolved.
        for (String list : List.of("cultural-organisations", "events", "initiatives", "challenges")) {
            int listed = Api.given().queryParam("limit", 1000).get("/v1/" + list).then().statusCode(200).extract().jsonPath().getList("items").size();
            JsonNode resource = read.get("resources").get(names.indexOf(list));
            assertTrue(listed > 0, list);
            assertEquals(listed, resource.get("rows").asInt(), list + ": every item of /v1/" + list);
        }
        for (String list : List.of("cultural-organisations", "events")) {
            JsonNode first = read.get("resources").get(names.indexOf(list)).get("firstRow");
            assertTrue(first.get("region_code").asText().startsWith("relation:"), list + " region_code: " + first.get("region_code"));
        }
        JsonNode observations = read.get("resources").get(0);
        String csv = Api.given().get("/v1/observations?format=csv&limit=all").then().statusCode(200).extract().asString();
        assertEquals(csv.split("\r\n").length - 1, observations.get("rows").asInt(), "every observation, as in the CSV export");
        JsonNode first = observations.get("firstRow");
        assertTrue(first.get("value").asText().startsWith("number:"), "value cast as a number: " + first.get("value"));
        assertTrue(first.get("period_start").asText().startsWith("date:"), first.get("period_start").asText());
        // relations: true replaced each foreign key by the row it refers to, so every key resolved.
        for (String key : List.of("indicator_code", "region_code", "source_id")) {
            assertTrue(first.get(key).asText().startsWith("relation:"), key + ": " + first.get(key));
        }
    }

    @Test
    void descriptorHasKeysUnitsAndSourcesAndNamesNoLicenceTheSourcesDoNotState() throws IOException {
        Map<String, byte[]> entries = entries(download());
        assertEquals(List.of("datapackage.json", "observations.csv", "indicators.csv", "regions.csv", "sources.csv",
                "cultural-organisations.csv", "events.csv", "initiatives.csv", "challenges.csv"), List.copyOf(entries.keySet()));
        JsonNode descriptor = MAPPER.readTree(entries.get("datapackage.json"));
        assertFalse(descriptor.has("licenses"), "no source states a licence, so none is named");
        assertTrue(descriptor.get("description").asText().contains("no licence is named"));
        assertTrue(descriptor.get("sources").toString().contains("Gross Value Added (GVA) of economic activities related to creative industry"));
        JsonNode schema = descriptor.at("/resources/0/schema");
        assertEquals("id", schema.get("primaryKey").get(0).asText());
        assertEquals(3, schema.get("foreignKeys").size());
        for (JsonNode field : schema.get("fields")) {
            if (field.get("name").asText().equals("value")) {
                assertEquals("number", field.get("type").asText());
                assertTrue(field.get("description").asText().contains("unit_multiplier"));
            }
            if (field.get("name").asText().equals("period_code")) {
                assertEquals("string", field.get("type").asText(), "period codes are text, never dates or numbers");
            }
        }
        String header = new String(entries.get("observations.csv"), StandardCharsets.UTF_8).split("\r\n")[0];
        String apiHeader = Api.given().get("/v1/observations?format=csv&limit=1").then().statusCode(200).extract().asString().split("\r\n")[0];
        assertEquals(apiHeader, header, "the package's CSV has the API's columns");
    }
}
