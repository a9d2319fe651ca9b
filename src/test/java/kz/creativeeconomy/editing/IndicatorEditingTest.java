package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing indicators: POST/PUT/DELETE /v1/indicators. */
@QuarkusTest
class IndicatorEditingTest extends CatalogueEditingContract {

    IndicatorEditingTest() {
        super("/v1/indicators", "indicator", "code", "name_en", "indicator.names.en",
                List.of("definition_en", "topic", "unit", "unit_multiplier", "decimals"),
                key -> body("code", key, "name_en", "Test item " + key, "name_ru", "Тестовый показатель",
                        "definition_en", "Visits counted by a test.", "topic", "culture", "unit", "visits", "unit_multiplier", 3,
                        "decimals", 1, "additive", true, "reason", "test: new indicator"),
                key -> body("code", key, "name_en", "Test", "definition_en", " ", "topic", "Culture", "unit", "furlongs",
                        "unit_multiplier", 4, "decimals", 11, "reason", "test"));
    }

    @Test
    void aNewIndicatorCarriesItsUnitAndLeftOutFieldsTakeTheirDefaults() {
        String path = create(uniqueKey("visits"));
        Api.given().get(path).then().statusCode(200)
                .body("indicator.unit", equalTo("visits"))
                .body("indicator.unit_multiplier", equalTo(3))
                .body("indicator.additive", equalTo(true))
                .body("coverage.observations", equalTo(0));
        Map<String, Object> minimal = body("name_en", "Minimal", "definition_en", "Only what is required.", "topic", "culture",
                "unit", "count", "reason", "test: defaults");
        asEditor().header("If-Match", etagOf(path)).body(minimal).put(path).then().statusCode(200)
                .body("indicator.unit_multiplier", equalTo(0))
                .body("indicator.decimals", equalTo(0))
                .body("indicator.additive", equalTo(false))
                .body("indicator.names.ru", equalTo(null));
    }

    /** The refused delete of a seeded indicator changes nothing: its observations would point at nothing. */
    @Test
    void anIndicatorWithObservationsCannotBeDeleted() {
        int observations = Api.given().get("/v1/indicators/creative-gva").then().statusCode(200).extract().path("coverage.observations");
        refusedDelete("/v1/indicators/creative-gva")
                .body("type", equalTo("urn:creative-economy:problem:conflict"))
                .body("detail", containsString("indicator creative-gva"))
                .body("detail", containsString(" observations"));
        Api.given().get("/v1/indicators/creative-gva").then().statusCode(200).body("coverage.observations", equalTo(observations));
    }
}
