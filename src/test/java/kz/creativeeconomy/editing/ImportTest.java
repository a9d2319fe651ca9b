package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** Imports are validated in full, atomic, idempotent and serialised. */
@QuarkusTest
class ImportTest {

    private static final String HEADER = Imports.HEADER;

    @Inject
    Keys keys;
    @Inject
    DataSource dataSource;

    private String exportOf(String region) {
        return Api.given().queryParam("format", "csv").queryParam("limit", "all").queryParam("region", region)
                .get("/v1/observations").then().statusCode(200).extract().asString();
    }

    @Test
    void aDryRunReportsEverythingAndWritesNothing() {
        String before = exportOf("ust-kamenogorsk");
        String version = Api.given().get("/v1/observations").header("ETag");
        Imports.post(keys, Imports.rows("2050", 3, "1"), true).response().then().statusCode(200)
                .body("dry_run", equalTo(true))
                .body("id", equalTo(null))
                .body("rows", equalTo(3))
                .body("inserted", equalTo(3))
                .body("changes[0].action", equalTo("insert"))
                .body("changes[0].period", equalTo("2050-01"));
        assertEquals(before, exportOf("ust-kamenogorsk"));
        assertEquals(version, Api.given().get("/v1/observations").header("ETag"));
    }

    @Test
    void aRealImportIsKeptAndReimportingTheSameFileIsANoOp() {
        String csv = Imports.rows("2051", 12, "2");
        ExtractableResponse<Response> first = Imports.post(keys, csv, false);
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(12, (int) first.path("inserted"));
        int id = first.path("id");
        Api.given().header("Authorization", Keys.bearer(keys.editor())).get("/v1/imports/" + id).then().statusCode(200)
                .body("actor", equalTo("test-editor"))
                .body("reason", equalTo("import test"))
                .body("rows", equalTo(12))
                .body("inserted", equalTo(12));
        String after = exportOf("ust-kamenogorsk");
        ExtractableResponse<Response> second = Imports.post(keys, csv, false);
        assertEquals(201, second.statusCode());
        assertEquals(0, (int) second.path("inserted"));
        assertEquals(0, (int) second.path("updated"));
        assertEquals(12, (int) second.path("unchanged"));
        assertEquals(after, exportOf("ust-kamenogorsk"));
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2051-03").get("/v1/observations").then()
                .body("items[0].value", equalTo(new BigDecimal("22.5")));
    }

    /** New rows in periods that exist already: nothing but observations is written, and the ETags must still change. */
    @Test
    void anImportOfNewRowsOnlyChangesTheEtag() throws SQLException {
        Imports.post(keys, Imports.rows("2075", 3, "6"), false);
        String slug = "import-only-rows-" + System.nanoTime(); // a region of this test's own, so that no other test counts its rows
        try (Connection setup = dataSource.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("insert into region (code, slug, name_en, level) values ('" + slug + "', '" + slug + "', 'Rows only', 'district')");
        }
        String before = Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag");
        ExtractableResponse<Response> response = Imports.post(keys, Imports.rows("2075", 3, "6").replace(",631010000,", "," + slug + ","), false);
        assertEquals(201, response.statusCode(), response.asString());
        assertEquals(3, (int) response.path("inserted"));
        assertNotEquals(before, Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void oneBadRowInTheMiddleLeavesTheDatabaseExactlyAsBefore() {
        String before = exportOf("ust-kamenogorsk");
        String csv = HEADER
                + "creative-gva,631010000,2052-01,,,1.0,final,,authors-text\n"
                + "creative-gva,631010000,2052-02,,,12;5,final,,authors-text\n"
                + "creative-gva,mars,2052-03,,,3.0,final,,authors-text\n"
                + "creative-gva,631010000,2052-04,,,4.0,final,,authors-text\n";
        Imports.post(keys, csv, false).response().then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.size()", equalTo(2))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value"))
                .body("errors[1].row", equalTo(3))
                .body("errors[1].field", equalTo("region_code"))
                .body("detail", containsString("Nothing was written"));
        assertEquals(before, exportOf("ust-kamenogorsk"));
    }

    @Test
    void anExportCanBeEditedAndImportedBackAsRevisions() {
        Imports.post(keys, Imports.rows("2053", 2, "5"), false).response().then().statusCode(201);
        String export = Api.given().queryParam("format", "csv").queryParam("limit", "all").queryParam("region", "ust-kamenogorsk")
                .queryParam("period", "2053-01").get("/v1/observations").then().statusCode(200).extract().asString();
        String edited = export.replace(",50.5,", ",51.5,");
        assertNotEquals(export, edited);
        ExtractableResponse<Response> result = Imports.post(keys, edited, false);
        assertEquals(201, result.statusCode(), result.asString());
        assertEquals(1, (int) result.path("updated"));
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2053-01").get("/v1/observations").then()
                .body("items[0].value", equalTo(new BigDecimal("51.5")));
    }

    @Test
    void aNaturalKeyTwiceInAFileRejectsEveryLaterRowNamingTheFirst() {
        String[] lines = Imports.rows("2073", 4, "5").split("\n");
        // data rows 1-4 are 2073-01..04; rows 5 and 7 repeat row 2's key, row 6 repeats row 4's, with other values
        String csv = String.join("\n", lines) + "\n" + lines[2].replace(",51.5,", ",9.5,") + "\n" + lines[4].replace(",53.5,", ",8.5,")
                + "\n" + lines[2].replace(",51.5,", ",7.5,") + "\n";
        String before = exportOf("ust-kamenogorsk");
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8").queryParam("reason", "import test")
                .body(csv).post("/v1/imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(5, 6, 7)))
                .body("errors.field", equalTo(List.of("period_code", "period_code", "period_code")))
                .body("errors.reason", equalTo(List.of("same indicator, region, period and breakdown as row 2",
                        "same indicator, region, period and breakdown as row 4", "same indicator, region, period and breakdown as row 2")));
        assertEquals(before, exportOf("ust-kamenogorsk"));
    }

    @Test
    void jsonImportsWorkAndUnknownFieldsAreRejected() {
        String json = """
                [{"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "2054", "value": "8.25", "status": "estimated",
                  "footnote": "from JSON", "source": "authors-text"},
                 {"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "2055", "value": 9, "status": "final",
                  "source": "authors-text", "colour": "red"}]""";
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json").queryParam("reason", "json")
                .body(json).post("/v1/imports").then().statusCode(422)
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("colour"));
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("application/json").queryParam("reason", "json")
                .body(json.replace(", \"colour\": \"red\"", "")).post("/v1/imports").then().statusCode(201)
                .body("inserted", equalTo(2))
                .body("format", equalTo("json"));
    }

    @Test
    void anImportNeedsAReasonAndAnEditor() {
        Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv").body(Imports.rows("2056", 1, "1"))
                .post("/v1/imports").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.given().contentType("text/csv").queryParam("reason", "x").body(Imports.rows("2056", 1, "1")).post("/v1/imports").then().statusCode(401);
    }

    @Test
    void rowsAreWrittenInTheOrderOfTheSeriesNotOfTheFile() {
        // A file that lists the newest period first: the rows get their ids (and their place in the table and its
        // indexes) in period order, so that the writes of one series go to the same index pages one after another.
        String csv = HEADER + "creative-gva,631010000,2083-03,,,3.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2083-02,,,2.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2083-01,,,1.5,provisional,,authors-text\n";
        ExtractableResponse<Response> imported = Imports.post(keys, csv, false);
        assertEquals(201, imported.statusCode(), imported.asString());
        int first = Imports.idOf("2083-01");
        int second = Imports.idOf("2083-02");
        int third = Imports.idOf("2083-03");
        assertTrue(first < second && second < third, first + ", " + second + ", " + third);
        // The report still lists the changes in file order.
        assertEquals(List.of(1, 2, 3), imported.path("changes.row"));
        assertEquals(List.of("2083-03", "2083-02", "2083-01"), imported.path("changes.period"));
    }


    @Test
    void reimportingAnUnchangedFileKeepsTheEtag() {
        String csv = Imports.rows("2063", 3, "4");
        assertEquals(201, Imports.post(keys, csv, false).statusCode());
        String etag = Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag");
        ExtractableResponse<Response> again = Imports.post(keys, csv, false);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals(3, (int) again.path("unchanged"));
        assertEquals(etag, Api.given().get("/v1/observations").then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void theReportListsTheChangedRowsInFileOrderWithTheirValuesBefore() {
        String csv = Imports.rows("2064", 4, "8");
        Imports.post(keys, csv, false).response().then().statusCode(201);
        String edited = csv.replace(",81.5,provisional,", ",81.75,final,").replace(",83.5,", ",83.25,")
                + "creative-gva,631010000,2064-06,,,99,estimated,,authors-text\n";
        Imports.post(keys, edited, false).response().then().statusCode(201)
                .body("inserted", equalTo(1))
                .body("updated", equalTo(2))
                .body("unchanged", equalTo(2))
                .body("changes_truncated", equalTo(false))
                .body("changes.row", equalTo(List.of(2, 4, 5)))
                .body("changes.action", equalTo(List.of("update", "update", "insert")))
                .body("changes[0].period", equalTo("2064-02"))
                .body("changes[0].region", equalTo("631010000"))
                .body("changes[0].value_before", equalTo(new BigDecimal("81.5")))
                .body("changes[0].status_before", equalTo("provisional"))
                .body("changes[0].value_after", equalTo(new BigDecimal("81.75")))
                .body("changes[0].status_after", equalTo("final"))
                .body("changes[2].value_before", nullValue());
    }

    @Test
    void aLargeDryRunListsTheFirstThousandChangesAndSaysSo() {
        Imports.post(keys, Imports.rows("2100", 1001, "1"), true).response().then().statusCode(200)
                .body("inserted", equalTo(1001))
                .body("changes.size()", equalTo(1000))
                .body("changes[999].row", equalTo(1000))
                .body("changes_truncated", equalTo(true));
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2100-01").get("/v1/observations").then()
                .body("items.size()", equalTo(0));
    }
}
