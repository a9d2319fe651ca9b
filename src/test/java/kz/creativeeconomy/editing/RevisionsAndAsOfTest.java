package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** Revisions keep every published state; as_of answers with the data as it was at an instant. */
@QuarkusTest
class RevisionsAndAsOfTest {

    @Inject
    Keys keys;

    private int create(String period, String value) {
        return Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body("""
                        {"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "%s", "value": %s, "status": "provisional",
                         "footnote": "test value", "source": "authors-text", "reason": "first publication"}""".formatted(period, value))
                .post("/v1/observations").then().statusCode(201)
                .header("Location", containsString("/v1/observations/"))
                .body("value", org.hamcrest.Matchers.hasToString(value))
                .extract().path("id");
    }

    private String etagOf(int id) {
        return Api.given().get("/v1/observations/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(20); // instants of consecutive transactions must differ for as_of to tell them apart
    }

    /** An instant after the last transaction and before the next one, for as_of to read between them. */
    private static Instant instantBetweenTransactions() throws InterruptedException {
        pause();
        Instant between = Instant.now();
        pause();
        return between;
    }

    @Test
    void asOfBeforeAndAfterARevisionReturnTheOldAndTheNewValue() throws InterruptedException {
        int id = create("2040", "100.5");
        Instant beforeRevision = instantBetweenTransactions();
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(id)).contentType("application/json")
                .body("{\"value\": 101.25, \"status\": \"final\", \"source\": \"authors-text\", \"reason\": \"revised by BNS\"}")
                .put("/v1/observations/" + id).then().statusCode(200)
                .body("value", equalTo(new BigDecimal("101.25")))
                .body("status", equalTo("final"));

        Api.given().get("/v1/observations/" + id).then().statusCode(200).body("value", equalTo(new BigDecimal("101.25")));
        Api.given().queryParam("as_of", beforeRevision.toString()).get("/v1/observations/" + id).then().statusCode(200)
                .body("value", equalTo(new BigDecimal("100.5")))
                .body("status", equalTo("provisional"));
        Api.given().queryParam("as_of", beforeRevision.toString()).queryParam("region", "ust-kamenogorsk").queryParam("period", "2040")
                .get("/v1/observations").then().statusCode(200)
                .body("items[0].value", equalTo(new BigDecimal("100.5")));
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("from", "2040").queryParam("to", "2040")
                .queryParam("as_of", beforeRevision.toString()).get("/v1/indicators/creative-gva/series").then().statusCode(200)
                .body("items[0].value", equalTo(new BigDecimal("100.5")));
        Api.given().queryParam("format", "json-stat").queryParam("region", "ust-kamenogorsk").queryParam("period", "2040")
                .queryParam("as_of", beforeRevision.toString()).get("/v1/observations").then().statusCode(200)
                .body("value[0]", equalTo(new BigDecimal("100.5")));
        Api.given().queryParam("as_of", "2000-01-01T00:00:00Z").queryParam("region", "ust-kamenogorsk").queryParam("period", "2040")
                .get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .header("Cache-Control", containsString("immutable"));

        Api.given().get("/v1/observations/" + id + "/revisions").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].operation", equalTo("insert"))
                .body("items[0].before", nullValue())
                .body("items[0].changed_by", equalTo("test-editor"))
                .body("items[1].operation", equalTo("update"))
                .body("items[1].reason", equalTo("revised by BNS"))
                .body("items[1].before.value", equalTo(new BigDecimal("100.5")))
                .body("items[1].before.status", equalTo("provisional"))
                .body("items[1].after.value", equalTo(new BigDecimal("101.25")));
    }

    @Test
    void aDeletedObservationIsGoneNowButPresentAsOfBeforeTheDelete() throws InterruptedException {
        int id = create("2041", "7");
        Instant beforeDelete = instantBetweenTransactions();
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etagOf(id)).queryParam("reason", "withdrawn")
                .delete("/v1/observations/" + id).then().statusCode(204);
        Api.given().get("/v1/observations/" + id).then().statusCode(404);
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2041").get("/v1/observations").then()
                .body("items.id", not(hasItem(id)));
        Api.given().queryParam("as_of", beforeDelete.toString()).queryParam("region", "ust-kamenogorsk").queryParam("period", "2041")
                .get("/v1/observations").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.given().get("/v1/observations/" + id + "/revisions").then().statusCode(200)
                .body("items[1].operation", equalTo("delete"))
                .body("items[1].after.deleted", equalTo(true));
    }

    @Test
    void aStaleEtagGives412AndChangesNothing() {
        int id = create("2042", "5");
        String etag = etagOf(id);
        create("2043", "6"); // any later change makes the ETag stale
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etag).contentType("application/json")
                .body("{\"value\": 999, \"status\": \"final\", \"source\": \"authors-text\", \"reason\": \"late\"}")
                .put("/v1/observations/" + id).then().statusCode(412)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:precondition-failed"));
        Api.given().get("/v1/observations/" + id).then().body("value", equalTo(5));
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body("{\"value\": 999, \"status\": \"final\", \"source\": \"authors-text\", \"reason\": \"no precondition\"}")
                .put("/v1/observations/" + id).then().statusCode(428);
        Api.given().get("/v1/observations/" + id).then().body("value", equalTo(5));
    }

    @Test
    void validationErrorsAre422WithOneEntryPerField() {
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body("""
                        {"indicator": "no-such", "region": "mars", "period": "2024-Q9", "value": 1, "status": "draft",
                         "source": "nowhere", "reason": ""}""")
                .post("/v1/observations").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:validation-failed"))
                .body("errors.field", equalTo(java.util.List.of("indicator", "region", "period", "status", "source", "reason")))
                .body("errors.find { it.field == 'status' }.allowed", containsString("provisional"));
    }

    @Test
    void unknownFieldsAreRejected() {
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json")
                .body("""
                        {"indicator": "creative-gva", "region": "astana", "period": "2045", "value": 1, "status": "final",
                         "source": "authors-text", "reason": "x", "valeu": 2}""")
                .post("/v1/observations").then().statusCode(422)
                .body("errors[0].field", equalTo("valeu"))
                .body("errors[0].reason", equalTo("unknown field"))
                .body("errors[0].allowed", containsString("value"));
        Api.given().queryParam("region", "astana").queryParam("period", "2045").get("/v1/observations").then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"footnote\": \"" + "x".repeat(70_000) + "\"}";
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json").body(big)
                .post("/v1/observations").then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:creative-economy:problem:payload-too-large"));
    }

    @Test
    void writesAreInTheAuditLog() {
        int id = create("2046", "3");
        Api.given().header("Authorization", Keys.bearer(keys.admin())).queryParam("limit", 1000).get("/v1/audit-log").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("items.find { it.entity_id == '" + id + "' }.actor", equalTo("test-editor"))
                .body("items.find { it.entity_id == '" + id + "' }.method", equalTo("POST"));
    }
}
