package kz.creativeeconomy.explore;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.NodeReaders;
import org.junit.jupiter.api.Test;

/**
 * The schema.org Dataset JSON-LD that the series and region pages embed, read as a search engine would: taken out of the
 * served page and expanded with jsonld.js without any remote context, then compared with what the API serves.
 */
@QuarkusTest
class StructuredDataTest {

    private static final String SCHEMA = "https://schema.org/";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The one Dataset node a page embeds, expanded (every key a full IRI). */
    private static JsonNode datasetOf(String path) throws Exception {
        String html = Api.raw().accept(BROWSER_ACCEPT).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        script = script.substring(script.indexOf('>') + 1, script.indexOf("</script>"));
        assertFalse(script.contains("<") || script.contains("&"), "the data block cannot end early or be read as markup: " + script);
        Path file = Files.createTempFile(Path.of("target"), "page", ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        String output = NodeReaders.run("structured-data-check.mjs", "jsonld", 60, file.toString());
        JsonNode read = new ObjectMapper().readTree(output);
        assertEquals(1, read.get("blocks").asInt(), "one Dataset per page");
        JsonNode expanded = read.get("expanded").get(0);
        assertEquals(1, expanded.size());
        JsonNode dataset = expanded.get(0);
        assertEquals(SCHEMA + "Dataset", dataset.get("@type").get(0).asText());
        return dataset;
    }

    private static String value(JsonNode node, String property) {
        JsonNode values = node.path(SCHEMA + property);
        return values.isMissingNode() ? null : values.get(0).path("@value").asText(values.get(0).path("@id").asText(null));
    }

    private static List<JsonNode> all(JsonNode node, String property) {
        List<JsonNode> values = new ArrayList<>();
        node.path(SCHEMA + property).forEach(values::add);
        return values;
    }

    @Test
    void theSeriesPageDescribesItsDataAsTheApiAndTheCatalogueDo() throws Exception {
        JsonNode dataset = datasetOf("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en");
        JsonPath rows = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan").queryParam("breakdown", "none")
                .queryParam("limit", 1000).get("/v1/observations").then().statusCode(200).extract().jsonPath();
        String indicatorName = Api.given().get("/v1/indicators/creative-gva").then().statusCode(200).extract().path("indicator.name");

        assertTrue(value(dataset, "name").startsWith(indicatorName), value(dataset, "name"));
        assertTrue(value(dataset, "description").length() > 50, "a description search engines accept");
        assertTrue(value(dataset, "url").endsWith("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en"), value(dataset, "url"));
        assertEquals(rows.getString("items[0].period.start") + "/" + rows.getString("items[-1].period.end"), value(dataset, "temporalCoverage"));

        JsonNode place = all(dataset, "spatialCoverage").get(0);
        assertEquals(rows.getString("items[0].region.code"), value(place, "identifier"));
        assertEquals(rows.getString("items[0].region.name"), value(place, "name"));

        JsonNode variable = all(dataset, "variableMeasured").get(0);
        assertEquals(indicatorName, value(variable, "name"));
        assertEquals(rows.getString("items[0].unit_label"), value(variable, "unitText"));

        // Terms of reuse as the catalogue states them, and no licence the sources do not give.
        assertTrue(dataset.path(SCHEMA + "license").isMissingNode(), "no licence: no source states one");
        JsonNode catalog = new ObjectMapper().readTree(Api.given().get("/v1/catalog").then().statusCode(200).extract().asString());
        Set<String> sources = new TreeSet<>(rows.getList("items.source.id"));
        List<JsonNode> terms = all(dataset, "usageInfo");
        assertEquals(sources.size(), terms.size());
        for (JsonNode statement : terms) {
            String id = statement.get("@id").asText();
            JsonNode rights = null;
            for (JsonNode node : catalog.get("@graph")) {
                rights = node.path("@id").asText().equals(id) ? node : rights;
            }
            assertTrue(rights != null, "the catalogue states " + id);
            String english = null;
            for (JsonNode label : rights.get("rdfs:label")) {
                english = label.get("@language").asText().equals("en") ? label.get("@value").asText() : english;
            }
            assertEquals(english, value(statement, "text"));
        }

        // Creators are the sources' publishers; the paper the figures are printed in is cited.
        Set<String> publishers = new TreeSet<>();
        for (String source : sources) {
            String publisher = Api.given().get("/v1/sources/" + source).then().statusCode(200).extract().path("publisher");
            if (publisher != null) {
                publishers.add(publisher);
            }
        }
        assertEquals(publishers, new TreeSet<>(all(dataset, "creator").stream().map(c -> value(c, "name")).toList()));
        JsonNode paper = all(dataset, "isBasedOn").stream().filter(n -> n.get("@type").get(0).asText().equals(SCHEMA + "ScholarlyArticle"))
                .findFirst().orElseThrow();
        assertEquals("https://doi.org/10.52821/2789-4401-2025-2-46-69", paper.get("@id").asText());
        assertEquals("2025", value(paper, "datePublished"));
        assertEquals(2, all(paper, "author").size());
        assertTrue(value(dataset, "citation").contains("10.52821/2789-4401-2025-2-46-69"));

        // Every distribution answers with the page's values in its format.
        Map<String, String> formats = new java.util.HashMap<>();
        for (JsonNode download : all(dataset, "distribution")) {
            assertEquals(SCHEMA + "DataDownload", download.get("@type").get(0).asText());
            String url = value(download, "contentUrl");
            formats.put(value(download, "name"), value(download, "encodingFormat"));
            String body = Api.given().get(url.substring(url.indexOf("/v1/"))).then().statusCode(200)
                    .contentType(startsWith(value(download, "encodingFormat"))).extract().asString();
            for (Object raw : rows.getList("items.value")) {
                assertTrue(body.contains(raw.toString()), value(download, "name") + " has " + raw);
            }
        }
        assertEquals(Map.of("CSV", "text/csv", "JSON", "application/json", "JSON-stat 2.0", "application/json"), formats);
    }

    @Test
    void aRegionPageDescribesTheRegionsIndicatorsInThePagesLanguage() throws Exception {
        JsonNode dataset = datasetOf("/explore/regions/east-kazakhstan?lang=ru");
        JsonPath region = Api.given().queryParam("lang", "ru").get("/v1/regions/east-kazakhstan").then().statusCode(200).extract().jsonPath();
        assertEquals("ru", value(dataset, "inLanguage"));
        assertEquals(region.getString("region.name"), value(dataset, "name"));
        JsonNode place = all(dataset, "spatialCoverage").get(0);
        assertEquals(region.getString("region.code"), value(place, "identifier"));
        assertTrue(place.get("@id").asText().endsWith("/v1/regions/east-kazakhstan"));
        JsonNode gva = all(dataset, "variableMeasured").stream().filter(v -> value(v, "propertyID").endsWith("/v1/indicators/creative-gva"))
                .findFirst().orElseThrow();
        String unitLabel = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan").queryParam("lang", "ru")
                .get("/v1/observations").then().statusCode(200).extract().path("items[0].unit_label");
        assertEquals(unitLabel, value(gva, "unitText"));
        assertTrue(all(dataset, "distribution").stream().allMatch(d -> value(d, "contentUrl").contains("/v1/observations?region=east-kazakhstan")));
    }
}
