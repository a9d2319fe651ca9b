package kz.creativeeconomy.ecosystem;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EcosystemModelResourceTest {

    @Test
    void actorsAndAspectsAreTheAxesOfTheMatrixInTheOrderOfTable6() {
        Api.given().get("/v1/ecosystem-model").then().statusCode(200)
                .body("actors.code", equalTo(List.of("government", "university", "business")))
                .body("actors.label", equalTo(List.of("Government", "University", "Business")))
                .body("aspects.code", equalTo(List.of("innovations", "risk_management", "investments", "city_development")))
                .body("aspects.label_language", everyItem(equalTo("en")));
    }

    @Test
    void everyCellOfTable6IsThereOnceWithItsSource() {
        JsonPath model = Api.given().get("/v1/ecosystem-model").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> cells = model.getList("contributions");
        assertEquals(12, cells.size());
        assertEquals(12, new HashSet<>(cells.stream().map(c -> c.get("actor") + "/" + c.get("aspect")).toList()).size());
        assertEquals(List.of("government", "government", "government", "government"), model.getList("contributions.actor").subList(0, 4));
        assertEquals("Provides tax incentives and additional benefits to encourage investment in the creative industries.",
                model.getString("contributions.find { it.actor == 'government' && it.aspect == 'investments' }.text"));
        assertEquals(List.of("authors-table-6"), new HashSet<>(model.getList("contributions.source.id")).stream().toList());
    }

    @Test
    void adaptationGivesEachActorItsRoleExamplesAndVector() {
        Api.given().get("/v1/ecosystem-model").then().statusCode(200)
                .body("adaptation.actor", equalTo(List.of("government", "university", "business")))
                .body("adaptation[1].role", equalTo("Knowledge generation and training"))
                .body("adaptation[1].examples", equalTo(List.of(
                        "Launch of educational programs in art management, digital design and creative entrepreneurship",
                        "Research in the field of creative industries (analysis of the cultural tourism market in East Kazakhstan region)")))
                .body("adaptation[2].vector", startsWith("Decline in manufacturing"))
                .body("adaptation.source.locator", everyItem(equalTo("Table 7")));
    }

    @Test
    void recommendationsAreGroupedByActorInThePrintedOrder() {
        Api.given().get("/v1/ecosystem-model").then().statusCode(200)
                .body("recommendations.actor", equalTo(List.of("government", "government", "government", "government",
                        "university", "university", "university", "university", "university",
                        "business", "business", "business", "business")))
                .body("recommendations.ordinal", equalTo(List.of(1, 2, 3, 4, 1, 2, 3, 4, 5, 1, 2, 3, 4)))
                .body("recommendations[0].text", equalTo("Development of a long-term strategy for the development of creative industries "
                        + "in the region with clear goals and performance indicators"))
                .body("recommendations[12].text", equalTo("Strengthening cooperation with educational institutions"))
                .body("recommendations.source.id", everyItem(equalTo("authors-table-8")));
    }

    @Test
    void theModelIsOneDocumentSoPagingParametersAreRejected() {
        Api.given().queryParam("limit", "10").get("/v1/ecosystem-model").then().statusCode(400)
                .body("type", equalTo("urn:creative-economy:problem:unknown-parameter"))
                .body("invalid_params[0].name", equalTo("limit"));
    }
}
