package kz.creativeeconomy.contract;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.common.InputBounds;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.api.Test;

/** The bounds the contract declares on inputs are the server's: over one, a 400 problem names the parameter and the bound. */
@QuarkusTest
class BoundedInputsTest {

    @Inject
    Keys keys;

    private static JsonNode contract() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
    }

    private static JsonNode parameter(JsonNode contract, String path, String name) {
        for (JsonNode parameter : contract.at("/paths/" + path.replace("/", "~1") + "/get/parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " on " + path);
    }

    @Test
    void contractDeclaresTheBoundsTheServerEnforces() throws Exception {
        JsonNode contract = contract();
        assertEquals(InputBounds.QUERY_VALUE_LENGTH, parameter(contract, "/v1/regions", "q").at("/schema/maxLength").asInt());
        assertEquals(InputBounds.REPEATED_VALUES, parameter(contract, "/v1/observations", "region").at("/schema/maxItems").asInt());
        assertEquals(InputBounds.PATH_SEGMENT_LENGTH, parameter(contract, "/v1/regions/{code_or_slug}", "code_or_slug").at("/schema/maxLength").asInt());
        assertEquals(1000, parameter(contract, "/v1/regions", "limit").at("/schema/maximum").asInt());
        assertEquals("boolean", parameter(contract, "/v1/observations", "bom").at("/schema/type").asText());
        assertEquals(InputBounds.HEADER_LENGTH, contract.at("/components/parameters/Accept-Language/schema/maxLength").asInt());
    }

    /**
     * Every text field of every JSON request body: a value as long as the contract's maxLength is not refused for its
     * length, and one character more is refused naming the field. Declared 10,000 where the server stops at 500, the
     * first half fails.
     */
    @Test
    void requestBodyTextsDeclareTheLengthTheServerEnforces() throws Exception {
        JsonNode contract = contract();
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) contract.path("paths")::fields) {
            JsonNode post = path.getValue().path("post");
            String ref = post.at("/requestBody/content/application~1json/schema/$ref").asText(null);
            if (ref == null || path.getKey().contains("{")) {
                continue;
            }
            JsonNode properties = contract.at(ref.substring(1) + "/properties");
            for (var property : (Iterable<java.util.Map.Entry<String, JsonNode>>) properties::fields) {
                JsonNode schema = property.getValue();
                if (!schema.has("maxLength") || schema.has("enum") || schema.has("format") || schema.path("type").toString().contains("array")) {
                    continue;
                }
                String field = property.getKey();
                int max = schema.get("maxLength").asInt();
                List<Map<String, String>> atMost = fieldErrors(path.getKey(), field, "a".repeat(max));
                assertTrue(atMost.stream().noneMatch(e -> field.equals(e.get("field")) && e.get("reason").contains("longer")),
                        path.getKey() + " " + field + ": " + max + " characters, the contract's maxLength, refused as too long: " + atMost);
                List<Map<String, String>> over = fieldErrors(path.getKey(), field, "a".repeat(max + 1));
                assertTrue(over.stream().anyMatch(e -> field.equals(e.get("field"))),
                        path.getKey() + " " + field + ": " + (max + 1) + " characters accepted over the contract's maxLength " + max);
                checked++;
            }
        }
        assertTrue(checked >= 50, "checked " + checked + " body fields");
    }

    private List<Map<String, String>> fieldErrors(String path, String field, String value) {
        var response = Api.given().header("Authorization", Keys.bearer(keys.admin())).contentType("application/json")
                .body(Map.of(field, value)).post(path).then().extract();
        assertEquals(422, response.statusCode(), path + " " + field + ": " + response.asString());
        return response.jsonPath().getList("errors");
    }

    @Test
    void rejectsAQueryValueOverTheBoundNamingParameterAndBound() {
        assertProblem(Api.given().queryParam("q", "x".repeat(InputBounds.QUERY_VALUE_LENGTH + 1)).get("/v1/regions").then(), 400)
                .body("invalid_params[0].name", equalTo("q"))
                .body("invalid_params[0].allowed", equalTo("at most " + InputBounds.QUERY_VALUE_LENGTH + " characters"));
    }

    @Test
    void rejectsMoreRepeatedValuesThanTheBound() {
        String regions = String.join(",", Collections.nCopies(InputBounds.REPEATED_VALUES + 1, "KZ"));
        assertProblem(Api.given().queryParam("region", regions).get("/v1/observations").then(), 400)
                .body("invalid_params[0].name", equalTo("region"))
                .body("invalid_params[0].allowed", equalTo("at most " + InputBounds.REPEATED_VALUES + " values, repeated or comma-separated"));
    }

    @Test
    void rejectsAPathSegmentOverTheBound() {
        assertProblem(Api.given().get("/v1/regions/" + "a".repeat(InputBounds.PATH_SEGMENT_LENGTH + 1)).then(), 400)
                .body("invalid_params[0].name", equalTo("code_or_slug"))
                .body("invalid_params[0].allowed", equalTo("at most " + InputBounds.PATH_SEGMENT_LENGTH + " characters"));
    }

    @Test
    void rejectsADocumentedHeaderOverTheBound() {
        assertProblem(Api.given().header("Accept-Language", "en;q=0.5, ".repeat(InputBounds.HEADER_LENGTH / 8)).get("/v1/regions").then(), 400)
                .body("invalid_params[0].name", equalTo("Accept-Language"));
    }

    @Test
    void pagesCarryTheNextCursorBesideTheNextLink() {
        JsonPath first = Api.given().queryParam("limit", 2).get("/v1/regions").then().statusCode(200).extract().jsonPath();
        String cursor = first.getString("next_cursor");
        assertEquals(first.getString("next"), first.getString("next").replaceFirst("cursor=[^&]*$", "cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
        String previous = cursor;
        for (int page = 0; page < 1000 && cursor != null; page++) {
            JsonPath next = Api.given().queryParam("limit", 500).queryParam("cursor", cursor).get("/v1/regions").then().statusCode(200).extract().jsonPath();
            previous = cursor;
            cursor = next.getString("next_cursor");
            if (cursor == null) {
                Api.given().queryParam("limit", 500).queryParam("cursor", previous).get("/v1/regions").then().body("next", nullValue()).body("next_cursor", nullValue());
            }
        }
        assertEquals(null, cursor);
    }
}
