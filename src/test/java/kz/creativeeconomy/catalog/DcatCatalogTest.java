package kz.creativeeconomy.catalog;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.NodeReaders;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/catalog read by real RDF libraries (src/test/js/catalog-check.mjs: jsonld.js without remote contexts, N3.js
 * for the Turtle), then checked on the expanded graph with full IRIs.
 */
@QuarkusTest
class DcatCatalogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /** Read once, in the first test that needs it (the application is up only once a test runs). */
    private static JsonNode read;
    private static Map<String, JsonNode> nodes;
    private static String lastModified;

    @org.junit.jupiter.api.BeforeEach
    void readTheCatalogueInBothForms() throws Exception {
        if (read != null) {
            return;
        }
        Response jsonLd = Api.given().get("/v1/catalog").then().statusCode(200).contentType(startsWith("application/ld+json")).extract().response();
        lastModified = jsonLd.header("Last-Modified");
        String turtle = Api.given().accept("text/turtle").get("/v1/catalog").then().statusCode(200).contentType(startsWith("text/turtle"))
                .extract().asString();
        read = runNode(jsonLd.asString(), turtle);
        nodes = new HashMap<>();
        for (JsonNode node : read.get("expanded")) {
            nodes.put(node.get("@id").asText(), node);
        }
    }

    static JsonNode runNode(String jsonLd, String turtle) throws IOException, InterruptedException {
        Path json = Files.createTempFile(Path.of("target"), "catalog", ".jsonld");
        Path ttl = Files.createTempFile(Path.of("target"), "catalog", ".ttl");
        Files.writeString(json, jsonLd, StandardCharsets.UTF_8);
        Files.writeString(ttl, turtle, StandardCharsets.UTF_8);
        return MAPPER.readTree(NodeReaders.run("catalog-check.mjs", "jsonld/n3", 60, json.toString(), ttl.toString()));
    }

    private List<JsonNode> ofType(String type) {
        return nodes.values().stream().filter(n -> n.has("@type") && n.get("@type").toString().contains(type)).toList();
    }

    private static List<String> ids(JsonNode node, String predicate) {
        List<String> ids = new ArrayList<>();
        node.path(predicate).forEach(v -> ids.add(v.path("@id").asText(null)));
        return ids;
    }

    private static Map<String, String> byLanguage(JsonNode node, String predicate) {
        Map<String, String> texts = new HashMap<>();
        node.path(predicate).forEach(v -> texts.put(v.path("@language").asText(""), v.get("@value").asText()));
        return texts;
    }

    @Test
    void jsonLdExpandsWithoutRemoteContextsAndGivesTheSameTriplesAsTheTurtle() {
        assertTrue(read.get("same").asBoolean(), "only in JSON-LD: " + read.get("onlyJsonLd") + ", only in Turtle: " + read.get("onlyTurtle"));
        assertTrue(read.get("triples").asInt() > 500, "triples: " + read.get("triples"));
    }

    @Test
    void everyIndicatorWithObservationsIsOneDatasetOfTheCatalogue() {
        String csv = Api.given().get("/v1/observations?format=csv&limit=all").then().statusCode(200).extract().asString();
        TreeSet<String> withData = new TreeSet<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(csv))) {
            parser.forEach(record -> withData.add(record.get("indicator_code")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<JsonNode> datasets = ofType(DCAT + "Dataset");
        TreeSet<String> identifiers = new TreeSet<>();
        datasets.forEach(d -> identifiers.add(d.get(DCT + "identifier").get(0).get("@value").asText()));
        assertEquals(withData, identifiers);
        JsonNode catalog = ofType(DCAT + "Catalog").get(0);
        assertEquals(datasets.size(), ids(catalog, DCAT + "dataset").size());
        assertEquals(3, byLanguage(catalog, DCT + "title").size(), "catalogue title in en, ru and kk");
        assertNotNull(catalog.get(DCT + "publisher"));
    }

    @Test
    void titlesAreInTheLanguagesTheIndicatorIsNamedInAndDescriptionsInAllThree() {
        JsonPath kk = Api.given().queryParam("lang", "kk").queryParam("limit", "1000").get("/v1/indicators").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> indicators = kk.getList("items");
        for (Map<String, Object> indicator : indicators) {
            JsonNode dataset = nodes.get(datasetId((String) indicator.get("code")));
            if (dataset == null) {
                continue; // no observations, so no dataset
            }
            Map<String, String> titles = byLanguage(dataset, DCT + "title");
            assertTrue(titles.containsKey("en"));
            boolean named = "kk".equals(indicator.get("name_language"));
            assertEquals(named, titles.containsKey("kk"), indicator.get("code") + ": a kk title only where the indicator has a Kazakh name");
            if (named) {
                assertEquals(indicator.get("name"), titles.get("kk"));
            }
            assertEquals(java.util.Set.of("en", "ru", "kk"), byLanguage(dataset, DCT + "description").keySet());
        }
        Map<String, String> gva = byLanguage(nodes.get(datasetId("creative-gva")), DCT + "title");
        assertEquals("Gross value added of creative industries", gva.get("en"));
    }

    private String datasetId(String code) {
        String catalog = ofType(DCAT + "Catalog").get(0).get("@id").asText();
        return catalog + "#dataset-" + code;
    }

    @Test
    void termsOfReuseAreAsTheSourcesStateThemAndNoLicenceIsInvented() {
        assertTrue(nodes.values().stream().noneMatch(n -> n.has(DCT + "license")), "no dct:license: no source states one");
        for (JsonNode dataset : ofType(DCAT + "Dataset")) {
            List<String> rights = ids(dataset, DCT + "rights");
            assertFalse(rights.isEmpty(), dataset.get("@id").asText());
            for (String id : rights) {
                Map<String, String> label = byLanguage(nodes.get(id), RDFS + "label");
                assertTrue(label.get("en").contains("none stated by the source"), label.get("en"));
                assertEquals(java.util.Set.of("en", "ru", "kk"), label.keySet());
            }
        }
    }

    @Test
    void modifiedIsTheDataVersionAndCoverageComesFromThePeriodsAndRegions() {
        JsonNode gva = nodes.get(datasetId("creative-gva"));
        Instant modified = Instant.parse(gva.get(DCT + "modified").get(0).get("@value").asText());
        Instant served = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertEquals(served, modified.truncatedTo(ChronoUnit.SECONDS), "dct:modified is when the data last changed");
        JsonNode temporal = nodes.get(ids(gva, DCT + "temporal").get(0));
        assertEquals("2018-01-01", temporal.get(DCAT + "startDate").get(0).get("@value").asText());
        assertTrue(temporal.get(DCAT + "endDate").get(0).get("@value").asText().compareTo("2023-12-31") >= 0);
        List<String> spatial = ids(gva, DCT + "spatial");
        assertTrue(spatial.contains("http://publications.europa.eu/resource/authority/country/KAZ"), spatial.toString());
        assertTrue(spatial.stream().anyMatch(s -> s.endsWith("/v1/regions/east-kazakhstan")), spatial.toString());
        assertFalse(byLanguage(gva, DCAT + "keyword").isEmpty());
    }

    @Test
    void everyDownloadUrlAnswersWithTheDatasetsDataInItsMediaType() throws IOException {
        int checked = 0;
        for (JsonNode distribution : ofType(DCAT + "Distribution")) {
            String mediaType = distribution.get(DCAT + "mediaType").get(0).get("@id").asText().replace("https://www.iana.org/assignments/media-types/", "");
            for (String url : ids(distribution, DCAT + "downloadURL")) {
                String path = url.replaceFirst("^https?://[^/]+", "");
                Response response = Api.given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().response();
                byte[] body = response.asByteArray();
                String type = response.contentType();
                assertTrue(type.startsWith(mediaType), url + " answers " + type + ", the catalogue says " + mediaType);
                assertTrue(body.length > 0, url);
                checked++;
            }
            assertFalse(ids(distribution, DCAT + "accessURL").isEmpty());
        }
        assertEquals(4 * ofType(DCAT + "Dataset").size(), checked, "CSV, xlsx, JSON-stat and SDMX-CSV per dataset");
        // One CSV read as a CSV: every row of the dataset, and only that dataset's.
        String csv = Api.given().get("/v1/observations?indicator=creative-gva&format=csv&limit=all").then().statusCode(200).extract().asString();
        for (String line : csv.split("\r\n")) {
            assertTrue(line.startsWith("id,") || line.contains(",creative-gva,"), line);
        }
    }

    @Test
    void everyDatasetHasOnePublisherItsCreatorsAContactAThemeAndALandingPageAPersonCanRead() {
        JsonNode catalog = ofType(DCAT + "Catalog").get(0);
        String publisher = ids(catalog, DCT + "publisher").get(0);
        for (JsonNode dataset : ofType(DCAT + "Dataset")) {
            String id = dataset.get("@id").asText();
            // DCAT-AP allows one dct:publisher: the service that makes it available; the offices that made the figures are creators.
            assertEquals(List.of(publisher), ids(dataset, DCT + "publisher"), id);
            assertFalse(ids(dataset, DCT + "creator").isEmpty(), id);
            for (String creator : ids(dataset, DCT + "creator")) {
                assertNotNull(nodes.get(creator).get("http://xmlns.com/foaf/0.1/name"), creator);
            }
            assertEquals(1, ids(dataset, DCAT + "theme").size(), id);
            JsonNode contact = nodes.get(ids(dataset, DCAT + "contactPoint").get(0));
            assertFalse(ids(contact, "http://www.w3.org/2006/vcard/ns#hasURL").isEmpty(), id);
            String landing = ids(dataset, DCAT + "landingPage").get(0).replaceFirst("^https?://[^/]+", "");
            Api.raw().accept("text/html").get(landing).then().statusCode(200).contentType(startsWith("text/html"));
        }
        JsonNode gva = nodes.get(datasetId("creative-gva"));
        assertEquals(List.of("http://publications.europa.eu/resource/authority/data-theme/ECON"), ids(gva, DCAT + "theme"));
        assertTrue(ids(gva, DCAT + "landingPage").get(0).endsWith("/explore/indicators/creative-gva"));
    }

    @Test
    void formatTurtleIsTheTurtleAndJsonAskedForIsTheSameJsonLd() {
        Api.given().queryParam("format", "turtle").get("/v1/catalog").then().statusCode(200).contentType(startsWith("text/turtle"));
        String asJson = Api.given().accept("application/json").get("/v1/catalog").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        assertTrue(asJson.startsWith("{\"@context\":{"), asJson.substring(0, 40));
    }
}
