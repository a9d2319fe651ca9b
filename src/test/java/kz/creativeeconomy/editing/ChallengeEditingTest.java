package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing challenges: POST/PUT/DELETE /v1/challenges. Nothing refers to a challenge, so any can be deleted. */
@QuarkusTest
class ChallengeEditingTest extends CatalogueEditingContract {

    /** One free row of Table 5 per test id, so that a body built twice for the same challenge names the same row. */
    private static final Map<String, Integer> ROWS = new ConcurrentHashMap<>();

    ChallengeEditingTest() {
        super("/v1/challenges", "challenge", "id", "problem_en", "problem",
                List.of("paper_table", "ordinal", "identified_by", "solutions_by", "issues_en[1]"),
                key -> body("id", key, "paper_table", "Table 5", "ordinal", rowOf(key), "identified_by", "authors",
                        "solutions_by", "authors", "problem_area_en", "Test area", "problem_en", "Test item " + key,
                        "issues_en", List.of("First issue", "Second issue"),
                        "solutions_en", List.of("Only solution"), "source", "authors-table-5", "reason", "test: new challenge"),
                key -> body("id", key, "paper_table", "Table 9", "ordinal", 0, "identified_by", "mayor", "problem_area_en", "Area",
                        "problem_en", "Problem", "issues_en", List.of("Fine", ""), "source", "authors-table-5", "reason", "test"));
    }

    private static int rowOf(String id) {
        return ROWS.computeIfAbsent(id, k -> (int) (100 + nextNumber() % 800));
    }

    @Test
    void issuesAndSolutionsKeepTheirOrder() {
        String id = uniqueKey("ordered");
        Api.given().get(create(id)).then().statusCode(200)
                .body("issues", equalTo(List.of("First issue", "Second issue")))
                .body("solutions", equalTo(List.of("Only solution")))
                .body("ordinal", equalTo(rowOf(id)));
    }

    /** Rows order and page the list, so two challenges in one row would make a page skip one. */
    @Test
    void aRowOfTheTableThatIsTakenIs409() {
        String first = uniqueKey("first");
        create(first);
        String second = uniqueKey("second");
        Map<String, Object> sameRow = newItem(second);
        sameRow.put("ordinal", rowOf(first));
        asEditor().body(sameRow).post(collection).then().statusCode(409)
                .body("detail", containsString("Table 5 row " + rowOf(first) + " is challenge " + first));
        String secondPath = create(second);
        asEditor().header("If-Match", etagOf(secondPath)).body(sameRow).put(secondPath).then().statusCode(409);
        Api.given().get(secondPath).then().statusCode(200).body("ordinal", equalTo(rowOf(second)));
    }
}
