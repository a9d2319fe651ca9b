package kz.creativeeconomy.editing;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;

/** What the import tests send: files of monthly creative-gva rows for Ust-Kamenogorsk, posted by an editor. */
final class Imports {

    static final String HEADER = "indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n";

    private Imports() {
    }

    /** A CSV import as an editor, with a reason; a dry run when asked. */
    static ExtractableResponse<Response> post(Keys keys, String csv, boolean dryRun) {
        return Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "import test").queryParam("dry_run", String.valueOf(dryRun))
                .body(csv).post("/v1/imports").then().extract();
    }

    /** count monthly rows from January of the year {@code period}, valued valuePrefix + n + ".5". */
    static String rows(String period, int count, String valuePrefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 0; n < count; n++) {
            int year = Integer.parseInt(period) + n / 12;
            csv.append("creative-gva,631010000,").append(String.format("%d-%02d", year, n % 12 + 1))
                    .append(",,,").append(valuePrefix).append(n).append(".5,provisional,,authors-text\n");
        }
        return csv.toString();
    }

    /** The id of the Ust-Kamenogorsk creative-gva observation of this month (exactly one). */
    static int idOf(String period) {
        return Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", period).get("/v1/observations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1)).extract().path("items[0].id");
    }
}
