package kz.creativeeconomy.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The embed in a real browser (Debian's Chromium, driven by puppeteer-core from src/test/js): an article on another
 * origin frames it with the snippet the app generates; the chart must render there with one point per period and the
 * values of the JSON, the iframe must take the height the embed reports, and the chart must show with JavaScript off.
 */
@QuarkusTest
class EmbedBrowserTest {

    @Test
    void embedRendersInAnIframeOnAnotherOriginWithTheJsonValuesAndSizesItself() throws Exception {
        String base = "http://localhost:" + RestAssured.port;
        String embed = base + EmbedSnippet.path("creative-gva", "east-kazakhstan", Language.ru);
        Path host = Files.createTempFile(Path.of("target"), "article-", ".html");
        Files.writeString(host, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An article</title></head><body>"
                + "<h1>An article with a chart</h1>"
                + EmbedSnippet.iframe(base, "creative-gva", "east-kazakhstan", Language.ru, "Creative GVA") + "</body></html>",
                StandardCharsets.UTF_8);

        JsonNode seen = browse(host, embed);

        JsonPath json = Api.given().queryParam("region", "east-kazakhstan").queryParam("lang", "ru")
                .get("/v1/indicators/creative-gva/series").then().statusCode(200).extract().jsonPath();
        List<String> periods = json.getList("items.period.code");
        assertNotEquals(seen.get("hostOrigin").asText(), seen.get("frameOrigin").asText(), "the article and the embed share an origin");
        assertEquals("ru", seen.get("frameLang").asText());
        assertEquals(json.getString("indicator.name"), seen.get("frameTitle").asText());
        for (String view : new String[] {"framed", "withoutScript"}) {
            JsonNode points = seen.get(view);
            assertEquals(periods.size(), points.size(), view + ": one point per period");
            for (int n = 0; n < periods.size(); n++) {
                JsonNode point = points.get(n);
                assertEquals(periods.get(n), point.get("period").asText(), view);
                assertEquals(0, new BigDecimal(json.getString("items[" + n + "].value")).compareTo(new BigDecimal(point.get("value").asText())),
                        view + " " + periods.get(n));
                assertEquals(json.getString("items[" + n + "].status"), point.get("status").asText(), view);
                assertTrue(point.get("visible").asBoolean(), view + ": point " + periods.get(n) + " has no size on screen");
            }
        }
        // The iframe started at the snippet's height and took the one the embed posted.
        assertNotEquals(EmbedSnippet.INITIAL_HEIGHT, seen.get("iframeHeight").asInt());
        assertEquals(seen.get("contentHeight").asInt(), seen.get("iframeHeight").asInt());
        assertEquals(base + "/v1/indicators/creative-gva/series?region=east-kazakhstan&format=csv&lang=ru&bom=true", seen.get("dataLink").asText());
        // On a phone the chart is still readable: every label at least 9 CSS px tall (the wide layout scaled down gave 6 px),
        // every point drawn, nothing wider than the screen.
        assertEquals(periods.size(), seen.get("phonePoints").size(), "phone: one point per period");
        assertTrue(seen.get("phoneLabels").size() > 5, "phone: labels drawn");
        for (JsonNode height : seen.get("phoneLabels")) {
            assertTrue(height.asDouble() >= 9, "phone: a label " + height.asDouble() + " px tall in " + seen.get("phoneLabels"));
        }
        assertTrue(seen.get("phoneOverflow").asInt() <= 0, "phone: the page scrolls sideways by " + seen.get("phoneOverflow"));
    }

    private static JsonNode browse(Path host, String embed) throws Exception {
        Process node = new ProcessBuilder("node", "src/test/js/embed-check.mjs", host.toString(), embed).redirectErrorStream(false).start();
        byte[] stdout = node.getInputStream().readAllBytes();
        String stderr = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(180, TimeUnit.SECONDS), "the browser check did not finish");
        assertEquals(0, node.exitValue(), "embed-check.mjs failed (run `make test`, which installs puppeteer-core; "
                + "Chromium comes from apt, see .ci/run): " + stderr);
        return new ObjectMapper().readTree(stdout);
    }
}
