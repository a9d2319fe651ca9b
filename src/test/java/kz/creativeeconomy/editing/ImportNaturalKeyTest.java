package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/**
 * The natural key of an import row includes its breakdown, and a total (no breakdown) is a key of its own: the check for
 * keys repeated in a file must tell them apart, however it groups them.
 */
@QuarkusTest
class ImportNaturalKeyTest {

    private static final String HEADER = "indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id\n";

    @Inject
    Keys keys;

    private io.restassured.response.ValidatableResponse dryRun(String csv) {
        return Api.given().header("Authorization", Keys.bearer(keys.editor())).contentType("text/csv; charset=UTF-8")
                .queryParam("reason", "natural key test").queryParam("dry_run", "true")
                .body(csv).post("/v1/imports").then();
    }

    @Test
    void aTotalAndItsBreakdownsInOneFileAreDifferentRows() {
        dryRun(HEADER
                + "creative-gva,631010000,2077-01,,,1.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2077-01,economic_sector,goods,2.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2077-01,economic_sector,services,3.5,provisional,,authors-text\n")
                .statusCode(200)
                .body("inserted", equalTo(3))
                .body("changes.row", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void aBreakdownRepeatedIsReportedWithTheFirstRowButTheTotalIsNot() {
        dryRun(HEADER
                + "creative-gva,631010000,2077-02,economic_sector,goods,2.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2077-02,,,1.5,provisional,,authors-text\n"
                + "creative-gva,631010000,2077-02,economic_sector,goods,4.5,provisional,,authors-text\n")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(3)))
                .body("errors.reason", equalTo(List.of("same indicator, region, period and breakdown as row 1")));
    }
}
