package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** An import that changes or restores rows writes revisions, as an edit through the API does. */
@QuarkusTest
class ImportRevisionsTest {

    @Inject
    Keys keys;

    private static void pause() throws InterruptedException {
        Thread.sleep(20); // instants of consecutive transactions must differ for as_of to tell them apart
    }

    @Test
    void revisionsWrittenByAnImportCarryItsIdActorAndReasonAndCloseThePreviousVersion() throws InterruptedException {
        String csv = Imports.rows("2061", 2, "3");
        int firstImport = Imports.post(keys, csv, false).path("id");
        int changed = Imports.idOf("2061-01");
        int unchanged = Imports.idOf("2061-02");
        pause();
        Instant betweenImports = Instant.now();
        pause();
        ExtractableResponse<Response> second = Imports.post(keys, csv.replace(",30.5,provisional,", ",39.5,final,"), false);
        assertEquals(201, second.statusCode(), second.asString());
        assertEquals(1, (int) second.path("updated"));
        assertEquals(1, (int) second.path("unchanged"));
        int secondImport = second.path("id");
        pause();
        Instant afterImports = Instant.now();

        Api.given().get("/v1/observations/" + changed + "/revisions").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].operation", equalTo("insert"))
                .body("items[0].changed_by", equalTo("test-editor"))
                .body("items[0].reason", equalTo("import test"))
                .body("items[0].import_id", equalTo(firstImport))
                .body("items[1].operation", equalTo("update"))
                .body("items[1].changed_by", equalTo("test-editor"))
                .body("items[1].reason", equalTo("import test"))
                .body("items[1].import_id", equalTo(secondImport))
                .body("items[1].before.value", equalTo(new BigDecimal("30.5")))
                .body("items[1].before.status", equalTo("provisional"))
                .body("items[1].after.value", equalTo(new BigDecimal("39.5")))
                .body("items[1].after.status", equalTo("final"));
        Api.given().get("/v1/observations/" + unchanged + "/revisions").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].import_id", equalTo(firstImport));
        // The first version was closed when the second was written: as_of finds exactly one version at any instant.
        Api.given().queryParam("as_of", betweenImports.toString()).queryParam("region", "ust-kamenogorsk").queryParam("period", "2061-01")
                .get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].value", equalTo(new BigDecimal("30.5")));
        Api.given().queryParam("as_of", afterImports.toString()).queryParam("region", "ust-kamenogorsk").queryParam("period", "2061-01")
                .get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].value", equalTo(new BigDecimal("39.5")));
    }

    @Test
    void importingADeletedObservationRestoresIt() {
        int imported = Imports.post(keys, Imports.rows("2062", 1, "6"), false).path("id");
        int id = Imports.idOf("2062-01");
        String etag = Api.given().get("/v1/observations/" + id).then().statusCode(200).extract().header("ETag");
        Api.given().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", etag).queryParam("reason", "withdrawn")
                .delete("/v1/observations/" + id).then().statusCode(204);
        ExtractableResponse<Response> restore = Imports.post(keys, Imports.rows("2062", 1, "6"), false);
        assertEquals(201, restore.statusCode(), restore.asString());
        assertEquals(1, (int) restore.path("inserted"));
        assertEquals(0, (int) restore.path("unchanged"));
        restore.response().then()
                .body("changes[0].action", equalTo("insert"))
                .body("changes[0].value_before", nullValue())
                .body("changes[0].value_after", equalTo(new BigDecimal("60.5")));
        assertEquals(id, Imports.idOf("2062-01"));
        Api.given().get("/v1/observations/" + id + "/revisions").then().statusCode(200)
                .body("items.operation", equalTo(List.of("insert", "delete", "restore")))
                .body("items.import_id", equalTo(java.util.Arrays.asList(imported, null, restore.path("id"))))
                .body("items[2].after.deleted", equalTo(false));
    }
}
