package kz.creativeeconomy.chart;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** /embed/indicators/{code}: the page, its headers, its data link and its errors, over HTTP against the real database. */
@QuarkusTest
class EmbedPageTest {

    private static final String EMBED = "/embed/indicators/creative-gva";

    @Test
    void embedIsAFrameablePageWithTheInlineChartAndNothingElse() {
        String html = Api.raw().queryParam("region", "east-kazakhstan").queryParam("lang", "kk").get(EMBED).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("X-Frame-Options", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("Content-Language", "kk")
                .extract().asString();
        assertTrue(html.contains("<html lang=\"kk\">"), "page language");
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ce-chart\""), "the chart is inline SVG");
        // The chart twice, a wide and a narrow layout (the stylesheet shows the one that fits the iframe), each a point per period.
        assertEquals(2, count(html, "class=\"ce-chart\""), "a wide and a narrow layout");
        assertEquals(2 * 6, count(html, "class=\"ce-point\""), "one point per period of Table 1 in each layout");
        assertTrue(html.contains("Деректерді жүктеу (CSV)"), "data link in Kazakh");
        assertTrue(Pattern.compile("<script src=\"/embed/embed\\.js\\?v=[0-9a-f]{12}\"></script>").matcher(html).find(), "the height script");
        assertFalse(html.contains("<nav") || html.contains("<header") || html.contains("<footer"), "nothing but the chart");
    }

    private static List<String> points(String html) {
        return Pattern.compile("data-period=\"([^\"]+)\" data-value=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1) + "=" + m.group(2)).toList();
    }

    @Test
    void dataLinkDownloadsTheValuesTheChartDraws() throws Exception {
        String html = Api.raw().queryParam("region", "east-kazakhstan").queryParam("from", "2019").get(EMBED).then().statusCode(200)
                .extract().asString();
        Matcher link = Pattern.compile("class=\"ce-embed-data\"><a href=\"([^\"]+)\"").matcher(html);
        assertTrue(link.find(), "data link");
        String href = link.group(1).replace("&amp;", "&");
        assertEquals("/v1/indicators/creative-gva/series?region=east-kazakhstan&from=2019&format=csv&lang=en&bom=true", href);
        String csv = Api.raw().urlEncodingEnabled(false).get(href).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, so Excel reads the Cyrillic of ru and kk as UTF-8");
        csv = csv.substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        String wide = html.substring(html.indexOf("class=\"chart-wide\""), html.indexOf("class=\"chart-narrow\""));
        String narrow = html.substring(html.indexOf("class=\"chart-narrow\""));
        assertEquals(points(wide), points(narrow), "both layouts draw the same points");
        Matcher point = Pattern.compile("data-period=\"([^\"]+)\" data-value=\"([^\"]+)\"").matcher(wide);
        int n = 0;
        while (point.find()) {
            assertEquals(rows.get(n).get("period_code"), point.group(1));
            assertEquals(0, new BigDecimal(rows.get(n).get("value")).compareTo(new BigDecimal(point.group(2))), point.group(1));
            n++;
        }
        assertEquals(rows.size(), n, "as many points as CSV rows");
        assertEquals(5, n, "2019 to 2023");
    }

    @Test
    void embedScriptAndStylesAreServedFromTheApp() {
        Api.raw().get("/embed/embed.js").then().statusCode(200).body(containsString("postMessage"));
        Api.raw().get("/embed/embed.css").then().statusCode(200).body(containsString("svg.ce-chart"));
    }

    @Test
    void snippetFramesTheEmbedOfTheSeriesInTheLanguage() {
        String snippet = EmbedSnippet.iframe("https://data.example.kz", "creative-gva", "east-kazakhstan", Language.ru, "ВДС \"креатив\"");
        assertTrue(snippet.startsWith("<iframe src=\"https://data.example.kz/embed/indicators/creative-gva?region=east-kazakhstan&amp;lang=ru\""), snippet);
        assertTrue(snippet.contains("title=\"ВДС &quot;креатив&quot;\""), "title escaped");
        assertTrue(snippet.contains("ce-embed-height"), "listens for the height the embed posts");
    }

    /** A region without values of the indicator still gets its unit in words, as the API's unit_label gives it, not its code. */
    @Test
    void anEmbedWithoutValuesNamesTheUnitAsTheApiDoes() {
        assertEquals(0, Api.given().queryParam("indicator", "creative-gva").queryParam("region", "semey").get("/v1/observations").then()
                .statusCode(200).extract().jsonPath().getList("items").size(), "Semey has no creative GVA in the seed");
        String label = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan").queryParam("limit", 1)
                .queryParam("lang", "ru").get("/v1/observations").then().statusCode(200).extract().jsonPath().getString("items[0].unit_label");
        String html = Api.raw().queryParam("region", "semey").queryParam("lang", "ru").get(EMBED).then().statusCode(200).extract().asString();
        String wide = html.substring(html.indexOf("class=\"chart-wide\""), html.indexOf("class=\"chart-narrow\""));
        assertTrue(wide.contains(" · " + label + "<"), label + " in " + wide);
        assertFalse(wide.contains("KZT"), wide);
    }

    @Test
    void badEmbedRequestsAreProblems() {
        assertProblem(Api.raw().get(EMBED).then(), 400).body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.raw().queryParam("region", "astana,almaty").get(EMBED).then(), 400).body("invalid_params[0].name", equalTo("region"));
        // One member of a breakdown, as the series API takes it: a dimension alone would mix several series.
        assertProblem(Api.raw().queryParam("region", "east-kazakhstan").queryParam("breakdown", "industry").get(EMBED).then(), 400)
                .body("invalid_params[0].name", equalTo("breakdown")).body("invalid_params[0].allowed", containsString("industry:member, one of electricity-supply, manufacturing, mining, total"));
        assertProblem(Api.raw().queryParam("region", "atlantis").get(EMBED).then(), 400).body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.raw().queryParam("region", "astana").queryParam("lang", "fr").get(EMBED).then(), 400)
                .body("invalid_params[0].name", equalTo("lang"));
        assertProblem(Api.raw().queryParam("region", "astana").queryParam("colour", "red").get(EMBED).then(), 400)
                .body("invalid_params[0].name", equalTo("colour"));
        assertProblem(Api.raw().queryParam("region", "astana").get("/embed/indicators/no-such-indicator").then(), 404);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
