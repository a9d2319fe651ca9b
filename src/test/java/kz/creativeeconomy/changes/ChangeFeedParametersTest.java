package kz.creativeeconomy.changes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** GET /v1/changes with parameters it cannot answer: a problem naming the parameter, never a position a client would keep. */
@QuarkusTest
class ChangeFeedParametersTest {

    /** The last_position of a sync from the start, following next links. */
    private static long newestPosition() {
        String next = "/v1/changes?since=0&limit=1000";
        long last = 0;
        while (next != null) {
            JsonPath page = Api.given().get(next).then().statusCode(200).extract().jsonPath();
            last = page.getLong("last_position");
            next = page.getString("next");
        }
        return last;
    }

    @Test
    void badSinceCursorAndFormatAreProblemsNamingTheParameter() {
        Api.raw().queryParam("since", "yesterday").get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("invalid_params.name", hasItem("since"))
                .body("detail", containsString("position"));
        Api.raw().queryParam("since", "-3").get("/v1/changes").then().statusCode(400).body("invalid_params.name", hasItem("since"));
        Api.raw().queryParam("cursor", "not-a-cursor").get("/v1/changes").then().statusCode(400).body("invalid_params.name", hasItem("cursor"));
        Api.raw().queryParam("limit", 1001).get("/v1/changes").then().statusCode(400).body("invalid_params.name", hasItem("limit"));
        Api.raw().queryParam("format", "csv").get("/v1/changes").then().statusCode(406).contentType("application/problem+json");
        Api.raw().queryParam("format", "atom").get("/v1/regions").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aPositionAfterTheNewestChangeIsRefusedInsteadOfEchoedAsTheOneToKeep() {
        long newest = newestPosition();
        JsonPath atNewest = Api.given().queryParam("since", newest).get("/v1/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(0, atNewest.getList("items").size());
        assertEquals(newest, atNewest.getLong("last_position"), "a client that is up to date keeps its position");
        // Echoed back, 1,000 beyond the end would be kept and the next 1,000 changes never read.
        Api.raw().queryParam("since", newest + 1000).get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("invalid_params.name", hasItem("since"))
                .body("detail", containsString("after the newest change (" + newest + ")"))
                .body("invalid_params[0].allowed", containsString("from 0 to " + newest));
        Api.raw().queryParam("cursor", kz.creativeeconomy.common.Cursor.encode(List.of(Long.toString(newest + 1))))
                .get("/v1/changes").then().statusCode(400).body("invalid_params.name", hasItem("cursor"));
    }
}
