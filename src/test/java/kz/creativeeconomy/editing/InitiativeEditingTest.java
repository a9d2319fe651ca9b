package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing initiatives: POST/PUT/DELETE /v1/initiatives. Nothing refers to an initiative, so any can be deleted. */
@QuarkusTest
class InitiativeEditingTest extends CatalogueEditingContract {

    InitiativeEditingTest() {
        super("/v1/initiatives", "initiative", "id", "title_en", "title",
                List.of("actor", "year", "title_en", "organisation", "source"),
                key -> body("id", key, "actor", "business", "year", 2025, "title_en", "Test item " + key,
                        "description_en", "Created by a test.", "organisation", "ekr-creative-industry-centre", "source", "authors-text",
                        "reason", "test: new initiative"),
                key -> body("id", key, "actor", "ngo", "year", 1800, "title_en", " ", "organisation", "no-such-organisation",
                        "reason", "test"));
    }

    @Test
    void aNewInitiativeIsListedUnderItsActorWithItsOrganisation() {
        String id = uniqueKey("grants");
        Api.given().get(create(id)).then().statusCode(200)
                .body("organisation.id", equalTo("ekr-creative-industry-centre"))
                .body("source.id", equalTo("authors-text"));
        Api.given().queryParam("actor", "business").queryParam("year", 2025).queryParam("limit", 1000).get("/v1/initiatives").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.actor", equalTo("business"));
    }
}
