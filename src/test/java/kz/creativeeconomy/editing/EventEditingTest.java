package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing events: POST/PUT/DELETE /v1/events. Nothing refers to an event, so any event can be deleted. */
@QuarkusTest
class EventEditingTest extends CatalogueEditingContract {

    EventEditingTest() {
        super("/v1/events", "event", "id", "name_en", "names.en",
                List.of("kind", "start_date", "recurrence", "organisation", "countries[0]"),
                key -> body("id", key, "name_en", "Test item " + key, "kind", "festival", "region", "ust-kamenogorsk", "place", "Test hall",
                        "year", 2025, "start_date", "2025-09-12", "end_date", "2025-09-14", "recurrence", "annual",
                        "countries", List.of("MN", "KZ"), "source", "authors-text", "reason", "test: new event"),
                key -> body("id", key, "name_en", "Test", "kind", "Big Festival", "year", 2025, "start_date", "2024-05-01",
                        "recurrence", "sometimes", "organisation", "no-such-organisation", "countries", List.of("kz"),
                        "source", "authors-text", "reason", "test"));
    }

    @Test
    void countriesAreStoredInOrderAndReplacedWithTheEvent() {
        String id = uniqueKey("countries");
        String path = create(id);
        Api.given().get(path).then().statusCode(200)
                .body("countries", equalTo(List.of("KZ", "MN")))
                .body("date_precision", equalTo("day"))
                .body("region.slug", equalTo("ust-kamenogorsk"));
        Map<String, Object> changed = newItem(id);
        changed.put("countries", List.of("TR"));
        asEditor().header("If-Match", etagOf(path)).body(changed).put(path).then().statusCode(200).body("countries", equalTo(List.of("TR")));
        changed.put("countries", List.of("TR", "CN", "TR"));
        asEditor().header("If-Match", etagOf(path)).body(changed).put(path).then().statusCode(422)
                .body("errors.field", equalTo(List.of("countries[2]")));
    }

    @Test
    void anEndDateNeedsAStartDateOnOrBeforeIt() {
        Map<String, Object> noStart = newItem(uniqueKey("no-start"));
        noStart.remove("start_date");
        asEditor().body(noStart).post(collection).then().statusCode(422)
                .body("errors.field", equalTo(List.of("end_date")))
                .body("errors[0].allowed", containsString("start_date"));
        Map<String, Object> backwards = newItem(uniqueKey("backwards"));
        backwards.put("end_date", "2025-09-01");
        asEditor().body(backwards).post(collection).then().statusCode(422).body("errors.field", equalTo(List.of("end_date")));
    }

    @Test
    void aValueOfTheWrongTypeIs422NamingTheFieldAndWhatItTakes() {
        Map<String, Object> item = newItem(uniqueKey("types"));
        item.put("start_date", "2025-13-01");
        asEditor().body(item).post(collection).then().statusCode(422)
                .body("errors[0].field", equalTo("start_date"))
                .body("errors[0].allowed", containsString("ISO 8601 date"));
        item.put("start_date", "2025-09-12");
        item.put("year", "twenty twenty-five");
        asEditor().body(item).post(collection).then().statusCode(422)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].allowed", equalTo("a whole number"));
    }
}
