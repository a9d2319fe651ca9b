package kz.creativeeconomy.challenge;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeResourceTest {

    @Test
    void orderedByTableThenByTheRowsOfTheTable() {
        Api.given().get("/v1/challenges").then().statusCode(200)
                .body("items.paper_table", equalTo(List.of("Table 4", "Table 4", "Table 4", "Table 4",
                        "Table 5", "Table 5", "Table 5", "Table 5", "Table 5")))
                .body("items.ordinal", equalTo(List.of(1, 2, 3, 4, 1, 2, 3, 4, 5)))
                .body("items[0].id", equalTo("culture-material-technical-equipment"))
                .body("items[8].id", equalTo("creative-intersectoral-interaction"))
                .body("next", nullValue());
    }

    @Test
    void table4HoldsTheProblemsTheAkimatIdentifiedWithTheAuthorsSolutions() {
        Api.given().queryParam("table", "4").get("/v1/challenges").then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body("items.identified_by", everyItem(equalTo("akimat")))
                .body("items.solutions_by", everyItem(equalTo("authors")))
                .body("items.source.locator", everyItem(equalTo("Table 4")))
                .body("items[3].problem", equalTo("Low wages of cultural workers (technical staff)"))
                .body("items[3].issues", empty())
                .body("items[3].solutions.size()", equalTo(3));
    }

    @Test
    void table5ListsTheIssuesAndSolutionsOfEachProblem() {
        Api.given().queryParam("table", "5").get("/v1/challenges").then().statusCode(200)
                .body("items.id", equalTo(List.of("creative-assessment-methodology", "creative-state-support-mechanisms",
                        "creative-urban-environment-tourism", "creative-human-capital", "creative-intersectoral-interaction")))
                .body("items[1].problem_area", equalTo("Mechanisms of state support"))
                .body("items[1].issues", equalTo(List.of("Lack of funding", "Lack of programs for SMEs", "Weak inter-industry synergy",
                        "Lack of infrastructure")))
                .body("items[1].solutions[0]", equalTo("Increasing budget financing and attracting private investment"))
                .body("items[1].solutions.size()", equalTo(4))
                .body("items.source.id", everyItem(equalTo("authors-table-5")))
                .body("items[0].source.reference_number", nullValue());
    }

    @Test
    void identifiedByFilterSeparatesTheAkimatFromTheAuthors() {
        Api.given().queryParam("identified_by", "akimat").get("/v1/challenges").then().statusCode(200)
                .body("items.paper_table", everyItem(equalTo("Table 4")))
                .body("items.size()", equalTo(4));
        Api.given().queryParam("identified_by", "authors").queryParam("table", "4").get("/v1/challenges").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagesKeepTheTableOrder() {
        String next = Api.given().queryParam("limit", 5).get("/v1/challenges").then().statusCode(200)
                .body("items[4].id", equalTo("creative-assessment-methodology")).extract().path("next");
        Api.given().get(next).then().statusCode(200)
                .body("items.id", equalTo(List.of("creative-state-support-mechanisms", "creative-urban-environment-tourism",
                        "creative-human-capital", "creative-intersectoral-interaction")))
                .body("next", nullValue());
    }
}
