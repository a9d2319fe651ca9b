package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing cultural organisations: POST/PUT/DELETE /v1/cultural-organisations. */
@QuarkusTest
class CulturalOrganisationEditingTest extends CatalogueEditingContract {

    CulturalOrganisationEditingTest() {
        super("/v1/cultural-organisations", "cultural_organisation", "id", "name_en", "organisation.names.en",
                List.of("type", "region", "parent", "source"),
                key -> body("id", key, "name_en", "Test item " + key, "type", "puppet_theatre", "region", "ust-kamenogorsk",
                        "description_en", "An organisation created by a test.", "source", "authors-text", "reason", "test: new organisation"),
                key -> body("id", key, "name_en", "Test", "type", "Puppet Theatre", "region", "mars", "parent", "no-such-organisation",
                        "source", "nowhere", "reason", "test"));
    }

    @Test
    void anOrganisationWithAnEventCannotBeDeleted() {
        String id = uniqueKey("organiser");
        String path = create(id);
        String event = uniqueKey("held");
        String eventPath = create("/v1/events", body("id", event, "name_en", "Held by a test organisation", "kind", "performance",
                "year", 2025, "recurrence", "one_off", "organisation", id, "source", "authors-text", "reason", "test: event"), event);
        Api.given().get(path).then().statusCode(200).body("events.id", equalTo(List.of(event)));

        assertDeletableOnlyAfter(eventPath, path, "cultural organisation " + id, "1 event");
    }

    @Test
    void anOrganisationCannotBelongToItselfOrToOneInsideIt() {
        Nested nested = createNested();
        Api.given().get(nested.outerPath()).then().statusCode(200).body("children.id", equalTo(List.of(nested.inner())));
        assertCannotMoveInto(nested);
    }
}
