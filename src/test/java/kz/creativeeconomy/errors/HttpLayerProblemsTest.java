package kz.creativeeconomy.errors;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Errors the HTTP layer decides before the REST resources (Netty, Vert.x, CORS) are problem+json like every other error,
 * and no input reaches the database in a form that fails there (a NUL byte in an id was a 500).
 */
@QuarkusTest
class HttpLayerProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode assertRawProblem(RawHttp.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.toString());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(status, problem.path("status").asInt());
        assertTrue(problem.path("type").asText().startsWith("urn:creative-economy:problem:"), answer.body());
        assertTrue(problem.path("detail").asText().length() > 10, answer.body());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        return problem;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/regions?%zz=%", "/v1/regions?q=%zz", "/v1/regions?q=%", "/v1/regions/ab%g0", "/v1/observations?region=%E"})
    void aBrokenPercentEscapeIsA400Problem(String target) throws Exception {
        JsonNode problem = assertRawProblem(RawHttp.send("GET", target, "", null), 400);
        assertTrue(problem.path("detail").asText().contains("percent-escape"), problem.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/regions/%00", "/v1/indicators/%00", "/v1/sources/%00", "/v1/events/%00",
            "/v1/cultural-organisations/%00", "/v1/challenges/%00", "/v1/initiatives/%00", "/v1/observations/%00",
            "/v1/years/%00", "/v1/regions/abai%00x", "/v1/regions?q=%00", "/v1/observations?region=%00"})
    void aNulByteInAPathIdOrAFilterIsA400ProblemNotA500(String target) throws Exception {
        JsonNode problem = assertRawProblem(RawHttp.send("GET", target, "", null), 400);
        assertTrue(problem.path("detail").asText().contains("NUL"), problem.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%01", "%20", "%00en", "xx"})
    void aLangOfControlCharactersIsA400NamingLang(String lang) {
        assertProblem(Api.raw().urlEncodingEnabled(false).get("/v1/regions?lang=" + lang).then(), 400);
        if (!lang.contains("%00")) {
            Api.raw().urlEncodingEnabled(false).get("/v1/regions?lang=" + lang).then().body("invalid_params[0].name", equalTo("lang"));
        }
    }

    @Test
    void aTooLongUriIsA414Problem() throws Exception {
        String target = "/v1/regions?q=" + "a".repeat(9000);
        JsonNode problem = assertRawProblem(RawHttp.send("GET", target, "", null), 414);
        assertTrue(problem.path("detail").asText().contains("8192"), problem.toString());
    }

    @Test
    void tooManyHeaderBytesAreA431Problem() throws Exception {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            headers.append("X-Filler-").append(i).append(": ").append("b".repeat(1000)).append("\r\n");
        }
        assertRawProblem(RawHttp.send("GET", "/v1/regions", headers.toString(), null), 431);
    }

    /** Refused before the REST layer, yet in the reader's language like every other problem (issue 22, point 7). */
    @Test
    void problemsDecidedBeforeTheRestLayerSpeakTheRequestsLanguage() throws Exception {
        StringBuilder headers = new StringBuilder("Accept-Language: ru\r\n");
        for (int i = 0; i < 20; i++) {
            headers.append("X-Filler-").append(i).append(": ").append("b".repeat(1000)).append("\r\n");
        }
        assertEquals("Слишком большие заголовки запроса",
                assertRawProblem(RawHttp.send("GET", "/v1/regions", headers.toString(), null), 431).path("title").asText());
        assertEquals("Слишком длинный URI", assertRawProblem(RawHttp.send("GET", "/v1/regions?lang=ru&q=" + "a".repeat(9000), "", null), 414)
                .path("title").asText());
        assertEquals("URI too long", assertRawProblem(RawHttp.send("GET", "/v1/regions?q=" + "a".repeat(9000), "", null), 414)
                .path("title").asText());
    }

    @Test
    void aWriteFromAWebPageIsAClear403ProblemAWebPageCanRead() throws Exception {
        RawHttp.Answer answer = RawHttp.send("POST", "/v1/regions", "Origin: https://news.example\r\nContent-Type: application/json\r\n",
                "{}".getBytes());
        JsonNode problem = assertRawProblem(answer, 403);
        assertEquals("urn:creative-economy:problem:cross-origin-write", problem.path("type").asText());
        assertEquals("Origin", problem.path("invalid_params").path(0).path("name").asText());
        assertEquals("*", answer.header("Access-Control-Allow-Origin"));
    }

    @Test
    void readsFromAnyOriginStillWork() {
        Api.given().header("Origin", "https://news.example").get("/v1/regions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://news.example"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PATCH|/v1/regions|GET, HEAD, OPTIONS, POST",
            "PATCH|/v1/regions/abai|DELETE, GET, HEAD, OPTIONS, PUT",
            "DELETE|/v1/years|GET, HEAD, OPTIONS",
            "PUT|/v1/imports|OPTIONS, POST"})
    void a405NamesTheMethodsThePathAnswers(String method, String path, String allow) {
        assertProblem(Api.raw().request(method, path).then(), 405)
                .header("Allow", equalTo(allow))
                .body("detail", containsString(allow));
    }

    @Test
    void unacceptableAndUnsupportedMediaTypesAreProblems() {
        assertProblem(Api.raw().accept("image/png").get("/v1/regions").then(), 406);
        assertProblem(Api.raw().contentType("text/plain").body("x").post("/v1/regions").then(), 415);
    }

    @Test
    void anUnknownPathIsA404ProblemOutsideV1Too() {
        assertProblem(Api.raw().get("/nothing/here").then(), 404);
        assertProblem(Api.raw().get("/v1/nothing").then(), 404);
    }

    @Test
    void aDeclaredBodyOverTheServerLimitIsA413Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.send("POST", "/v1/regions", "Content-Type: application/json\r\nContent-Length: 90000000\r\n", null);
        assertRawProblem(answer, 413);
    }

    /** Beyond Netty's own limits (64 KiB) the codec refuses the request itself: its answer carries a problem too. */
    @Test
    void aRequestLineBeyondTheCodecsLimitIsA414Problem() throws Exception {
        JsonNode problem = assertRawProblem(RawHttp.send("GET", "/v1/regions?q=" + "a".repeat(70_000), "", null), 414);
        assertEquals("urn:creative-economy:problem:uri-too-long", problem.path("type").asText());
        assertEquals("request URI", problem.path("invalid_params").path(0).path("name").asText(), problem.toString());
    }

    @Test
    void headersBeyondTheCodecsLimitAreA431Problem() throws Exception {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            headers.append("X-Filler-").append(i).append(": ").append("b".repeat(1000)).append("\r\n");
        }
        JsonNode problem = assertRawProblem(RawHttp.send("GET", "/v1/regions", headers.toString(), null), 431);
        assertEquals("urn:creative-economy:problem:headers-too-large", problem.path("type").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: abc\r\n", "Content-Length: 1\r\nContent-Length: 2\r\n", "Bad Header Name: x\r\n"})
    void aRequestTheCodecCannotFrameIsA400ProblemNamingWhatBroke(String headerLines) throws Exception {
        JsonNode problem = assertRawProblem(RawHttp.send("POST", "/v1/imports", headerLines, null), 400);
        assertEquals("request", problem.path("invalid_params").path(0).path("name").asText(), problem.toString());
        assertTrue(problem.path("invalid_params").path(0).path("reason").asText().length() <= 100, problem.toString());
    }

    /** A malformed request pipelined after a good one: the good one's answer comes first and whole, then the problem. */
    @Test
    void aMalformedRequestPipelinedAfterAGoodOneIsAnsweredInOrder() throws Exception {
        String host = "Host: localhost:" + io.restassured.RestAssured.port + "\r\n";
        String raw = new String(RawHttp.exchange(("GET /v1/regions/east-kazakhstan HTTP/1.1\r\n" + host + "\r\n"
                + "GET /v1/regions HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        RawHttp.Answer first = RawHttp.parse(raw);
        assertEquals(200, first.status(), raw);
        int second = raw.indexOf("HTTP/1.1 400");
        assertTrue(second > raw.indexOf("east-kazakhstan"), raw);
        assertRawProblem(RawHttp.parse(raw.substring(second)), 400);
    }
}
