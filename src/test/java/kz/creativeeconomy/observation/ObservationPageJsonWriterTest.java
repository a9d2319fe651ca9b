package kz.creativeeconomy.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.Set;
import jakarta.inject.Inject;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of observations is written by the hand-written ObservationPageJsonWriter (the hot path), a single observation
 * by the generic Jackson writer. Every item of a page must be exactly the single observation: same fields, same
 * order, same nulls, same decimals (compared as text, so 25049.90 and 25049.9 differ).
 */
@QuarkusTest
class ObservationPageJsonWriterTest {

    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    Keys keys;

    private Integer created;

    /** Every seed value has a footnote: one without joins the comparison. */
    @BeforeEach
    void createAnObservationWithoutFootnote() {
        created = Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body("""
                        {"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "2039", "value": 12.50, "status": "estimated",
                         "source": "authors-text", "reason": "writer comparison"}""")
                .post("/v1/observations").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void deleteIt() {
        String etag = Api.given().get("/v1/observations/" + created).then().statusCode(200).extract().header("ETag");
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etag).queryParam("reason", "writer comparison done")
                .delete("/v1/observations/" + created).then().statusCode(204);
    }

    /**
     * All languages in one data version, one after the other and back: the writer keeps the encoded parts with the
     * catalogue, per language, so a part written in one language must never appear in another.
     */
    @Test
    void everyItemOfAPageIsTheSingleObservationAsJacksonWritesItInEveryLanguage() throws Exception {
        for (String lang : java.util.List.of("en", "ru", "kk", "en")) {
            compareEveryItem(lang);
        }
    }

    private void compareEveryItem(String lang) throws Exception {
        Set<String> shapes = new HashSet<>();
        String cursor = null;
        int compared = 0;
        do {
            var request = Api.raw().queryParam("limit", 1000).queryParam("lang", lang);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            String page = request.get("/v1/observations").then().statusCode(200).extract().asString();
            JsonNode root = EXACT.readTree(page);
            assertEquals(java.util.List.of("items", "next", "next_cursor"), fieldNames(root));
            for (JsonNode item : root.get("items")) {
                String single = Api.raw().queryParam("lang", lang).get("/v1/observations/" + item.get("id").asLong())
                        .then().statusCode(200).extract().asString();
                JsonNode expected = EXACT.readTree(single);
                assertEquals(expected, item, "observation " + item.get("id"));
                assertEquals(fieldNames(expected), fieldNames(item), "field order of observation " + item.get("id"));
                assertEquals(expected.toString(), item.toString(), "text of observation " + item.get("id"));
                shapes.add(item.get("breakdown").isNull() ? "total" : "breakdown");
                shapes.add(item.get("footnote").isNull() ? "no footnote" : "footnote");
                compared++;
            }
            JsonNode next = root.get("next");
            cursor = next.isNull() ? null : next.asText().replaceAll(".*[?&]cursor=([^&]*).*", "$1");
        } while (cursor != null);
        assertTrue(compared > 100, "compared " + compared + " observations");
        // The seed exercises both forms of every optional part.
        assertEquals(Set.of("total", "breakdown", "no footnote", "footnote"), shapes);
    }

    /**
     * The encoded parts go with the catalogue: after a source is edited, the next page carries the new title, though
     * the page before had encoded the old one.
     */
    @Test
    void aPageAfterACatalogueEditCarriesTheEditedText() {
        String path = "/v1/sources/authors-text";
        String page = "/v1/observations?indicator=creative-gva&region=ust-kamenogorsk&period=2039";
        JsonPath stored = Api.given().get(path).then().statusCode(200).extract().jsonPath();
        String title = stored.getString("title");
        Api.given().get(page).then().statusCode(200).body("items[0].source.title", org.hamcrest.Matchers.equalTo(title));
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        for (String field : java.util.List.of("reference_number", "locator", "title", "publisher", "url", "accessed_on", "cited_in", "note")) {
            body.put(field, stored.get(field));
        }
        try {
            body.put("title", title + " (edited)");
            body.put("reason", "writer test: edit");
            put(path, body);
            Api.given().get(page).then().statusCode(200).body("items[0].source.title", org.hamcrest.Matchers.equalTo(title + " (edited)"));
        } finally {
            body.put("title", title);
            body.put("reason", "writer test: restore");
            put(path, body);
        }
        Api.given().get(page).then().statusCode(200).body("items[0].source.title", org.hamcrest.Matchers.equalTo(title));
    }

    private void put(String path, java.util.Map<String, Object> body) {
        String etag = Api.given().get(path).then().statusCode(200).extract().header("ETag");
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etag).contentType("application/json").body(body)
                .put(path).then().statusCode(200);
    }

    @Test
    void aPageIsOneWriteWithAContentLength() {
        String length = Api.raw().queryParam("limit", 100).get("/v1/observations").then().statusCode(200).extract().header("Content-Length");
        assertTrue(length != null && Integer.parseInt(length) > 10_000, "Content-Length " + length);
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
