package kz.creativeeconomy.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The served contract and the committed openapi/openapi.yaml must be the same document. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractMatchesTheCode() throws Exception {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals(committed, YAML.readTree(served),
                "openapi/openapi.yaml differs from what the code serves. Run `make openapi`, review the diff and commit it.");
    }

    @Test
    void contractIsOpenApi31() throws Exception {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals("3.1.0", committed.path("openapi").asText());
    }

    /** Swagger UI calls whichever host served it (also behind a proxy) and shows the public reads first, admin last. */
    @Test
    void serverIsRelativeAndPublicReadsComeFirst() throws Exception {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals("/", committed.at("/servers/0/url").asText());
        assertEquals("Home", committed.at("/tags/0/name").asText());
        assertEquals("Observations", committed.at("/tags/1/name").asText());
        assertEquals("API keys", committed.at("/tags/" + (committed.get("tags").size() - 1) + "/name").asText());
        assertEquals("/", committed.get("paths").fieldNames().next());
        String served = RestAssured.given().accept("application/yaml").header("X-Forwarded-Host", "data.example.kz")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals("/", YAML.readTree(served).at("/servers/0/url").asText());
    }
}
