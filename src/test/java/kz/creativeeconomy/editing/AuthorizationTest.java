package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading is anonymous; each write route needs a key with the right role, and a refused request changes nothing. */
@QuarkusTest
class AuthorizationTest {

    @Inject
    Keys keys;

    static final String NEW_OBSERVATION = """
            {"indicator": "creative-gva", "region": "ust-kamenogorsk", "period": "2031", "value": 1.5, "status": "provisional",
             "source": "authors-text", "reason": "authorization test"}""";

    private String send(String method, String path, String authorization) {
        var request = Api.raw().contentType("application/json").header("If-Match", "*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String body = method.equals("POST") && path.equals("/v1/api-keys") ? "{\"name\": \"x\", \"role\": \"editor\"}"
                : method.equals("POST") ? NEW_OBSERVATION : "{\"value\": 2, \"status\": \"final\", \"source\": \"authors-text\", \"reason\": \"r\"}";
        return switch (method) {
            case "POST" -> request.body(body).post(path).then().extract().statusCode() + "";
            case "PUT" -> request.body(body).put(path).then().extract().statusCode() + "";
            case "DELETE" -> request.queryParam("reason", "test").delete(path).then().extract().statusCode() + "";
            default -> request.get(path).then().extract().statusCode() + "";
        };
    }

    @ParameterizedTest(name = "{0} {1}: none {2}, bad {2}, editor {3}, admin {4}")
    @CsvSource({
            "POST, /v1/observations, 401, 201, 409",
            "PUT, /v1/observations/99999999, 401, 404, 404",
            "DELETE, /v1/observations/99999999, 401, 404, 404",
            "GET, /v1/api-keys, 401, 403, 200",
            "POST, /v1/api-keys, 401, 403, 201",
            "GET, /v1/audit-log, 401, 403, 200",
            "GET, /v1/imports/999999, 401, 404, 404",
            "DELETE, /v1/regions/test-no-such-region, 401, 404, 404",
            "DELETE, /v1/indicators/test-no-such-indicator, 401, 404, 404",
            "DELETE, /v1/sources/test-no-such-source, 401, 404, 404",
            "DELETE, /v1/cultural-organisations/test-no-such-organisation, 401, 404, 404",
            "DELETE, /v1/events/test-no-such-event, 401, 404, 404",
            "DELETE, /v1/initiatives/test-no-such-initiative, 401, 404, 404",
            "DELETE, /v1/challenges/test-no-such-challenge, 401, 404, 404",
    })
    void eachRoleAgainstEachWriteRoute(String method, String path, int anonymous, int editor, int admin) {
        assertEquals(String.valueOf(anonymous), send(method, path, null), "no key");
        assertEquals(String.valueOf(anonymous), send(method, path, "Bearer cek_not-a-real-key"), "unknown key");
        assertEquals(String.valueOf(editor), send(method, path, Keys.bearer(keys.editor())), "editor");
        assertEquals(String.valueOf(admin), send(method, path, Keys.bearer(keys.admin())), "admin");
    }

    @Test
    void unauthorizedIsAProblemWithAChallengeAndWritesNothing() {
        int before = Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2032").get("/v1/observations")
                .then().extract().path("items.size()");
        Api.raw().contentType("application/json").body(NEW_OBSERVATION.replace("2031", "2032")).post("/v1/observations").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:creative-economy:problem:unauthorized"));
        Api.given().queryParam("region", "ust-kamenogorsk").queryParam("period", "2032").get("/v1/observations").then()
                .body("items.size()", equalTo(before));
    }

    @Test
    void editorGets403OnKeyManagementWithAProblem() {
        Api.raw().header("Authorization", Keys.bearer(keys.editor())).get("/v1/api-keys").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("admin"));
    }

    @Test
    void aKeyIsShownOnceStoredHashedAndCanBeRevoked() {
        var created = Api.given().header("Authorization", Keys.bearer(keys.admin())).contentType("application/json")
                .body("{\"name\": \"portal-sync\", \"role\": \"editor\"}").post("/v1/api-keys").then().statusCode(201)
                .body("key", startsWith("cek_"))
                .extract();
        String key = created.path("key");
        int id = created.path("api_key.id");
        Api.given().header("Authorization", Keys.bearer(keys.admin())).get("/v1/api-keys").then().statusCode(200)
                .body("items.key_prefix", hasItem(key.substring(0, 10)))
                .body(not(containsString(key)));
        Api.raw().header("Authorization", Keys.bearer(key)).contentType("application/json").body(NEW_OBSERVATION.replace("2031", "2033"))
                .post("/v1/observations").then().statusCode(201);
        Api.given().header("Authorization", Keys.bearer(keys.admin())).delete("/v1/api-keys/" + id).then().statusCode(200)
                .body("revoked_at", not(equalTo(null)));
        Api.raw().header("Authorization", Keys.bearer(key)).contentType("application/json").body(NEW_OBSERVATION.replace("2031", "2034"))
                .post("/v1/observations").then().statusCode(401);
    }

    @Test
    void keysAreValidated() {
        Api.given().header("Authorization", Keys.bearer(keys.admin())).contentType("application/json")
                .body("{\"name\": \"x\", \"role\": \"superuser\"}").post("/v1/api-keys").then().statusCode(422)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].allowed", equalTo("editor, admin"));
    }
}
