package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing sources: POST/PUT/DELETE /v1/sources. */
@QuarkusTest
class SourceEditingTest extends CatalogueEditingContract {

    SourceEditingTest() {
        super("/v1/sources", "source", "id", "title", "title",
                List.of("reference_number", "locator", "url", "accessed_on"),
                key -> body("id", key, "locator", "Table 9", "title", "Test item " + key, "publisher", "Test publisher",
                        "url", "https://example.org/" + key, "accessed_on", "2025-01-15", "cited_in", "A test publication",
                        "reason", "test: new source"),
                key -> body("id", key, "reference_number", 0, "locator", "", "title", "Test", "url", "ftp://example.org/file",
                        "accessed_on", "2999-01-01", "reason", "test"));
    }

    @Test
    void aSourceWithoutCitedInWasReadThroughThePaper() {
        String id = uniqueKey("direct");
        Map<String, Object> item = newItem(id);
        item.remove("cited_in");
        create(collection, item, id);
        String path = "/v1/sources/" + id;
        Api.given().get(path).then().statusCode(200).body("cited_in", containsString("10.52821/2789-4401-2025-2-46-69"));
        asEditor().header("If-Match", etagOf(path)).body(newItem(id)).put(path).then().statusCode(200)
                .body("cited_in", equalTo("A test publication"));
        asEditor().header("If-Match", etagOf(path)).body(item).put(path).then().statusCode(200)
                .body("cited_in", containsString("10.52821/2789-4401-2025-2-46-69"));
    }

    @Test
    void aSourceThatIsCitedCannotBeDeleted() {
        String id = uniqueKey("cited");
        String path = create(id);
        String initiative = uniqueKey("citing");
        String initiativePath = create("/v1/initiatives", body("id", initiative, "actor", "business", "title_en", "Cites a test source",
                "source", id, "reason", "test: citing initiative"), initiative);

        assertDeletableOnlyAfter(initiativePath, path, "source " + id, "1 initiative");
    }

    @Test
    void aSourceCitedByObservationsCannotBeDeleted() {
        refusedDelete("/v1/sources/bns-creative-gva-table-1")
                .body("detail", containsString(" observations"));
    }
}
