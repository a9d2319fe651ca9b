package kz.creativeeconomy.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.creativeeconomy.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The explorer in a real browser: Debian's Chromium, headless, driven by src/test/js/explorer-check.mjs (puppeteer-core)
 * once for the class; each test asserts one part of what it saw. axe-core runs inside the same browser.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Every kind of page, in each language, a comparison of regions, an indicator without totals and an error page:
     * axe-core and the 375 px check go over each.
     */
    private static final List<String> PAGES = List.of("/?lang=en", "/?lang=kk", "/explore/search?q=museum&lang=ru",
            "/explore/search?q=zzqqxx&lang=en", "/explore/indicators/creative-gva?region=east-kazakhstan,kazakhstan,almaty&lang=en",
            "/explore/indicators/creative-gva?region=east-kazakhstan&tab=table&lang=kk",
            // A percent indicator in four regions: its changes in percentage points, its table at 375 px.
            "/explore/indicators/creative-gva-share?region=kazakhstan,astana,almaty,east-kazakhstan&tab=table&lang=en",
            "/explore/indicators/cultural-organisations-share?region=east-kazakhstan&breakdown=organisation_type:museums&lang=ru",
            // Published only by type of institution: the page shows the first type and the breakdown picker.
            "/explore/indicators/cultural-attendance?lang=en",
            "/explore/regions/east-kazakhstan?lang=ru", "/explore/regions/abai?lang=kk",
            "/explore/organisations/ekr-regional-museum-reserve?lang=en", "/explore/events/night-at-the-museum-2023?lang=kk",
            "/explore/indicators/creative-gva?region=atlantis&lang=ru");

    /** The application under test; RestAssured's port is set only around each test, after @BeforeAll. */
    @TestHTTPResource("/")
    URL base;

    private JsonNode seen;

    @BeforeAll
    void driveTheBrowser() throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "src/test/js/explorer-check.mjs", base.toString().replaceAll("/$", "")));
        command.addAll(PAGES);
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(5, TimeUnit.MINUTES), "the browser check did not finish");
        assertEquals(0, node.exitValue(), "explorer-check.mjs failed on " + base + " (needs /usr/bin/chromium and `make test`'s npm ci): " + output);
        seen = MAPPER.readTree(output);
    }

    @Test
    void searchingMuseumReachesTheMuseumFigureAndItsSourceInAtMostThreeClicks() {
        JsonNode museum = seen.get("museum");
        assertTrue(museum.get("clicks").asInt() <= 3, museum.toString());
        assertTrue(museum.get("url").asText().contains("/explore/indicators/cultural-organisations-share"), museum.toString());
        assertEquals(1, museum.get("rows").size(), museum.toString());
        assertEquals("1.7", museum.at("/rows/0/value").asText());
        assertEquals("2024-01-01", museum.at("/rows/0/period").asText());
        assertTrue(museum.get("summary").asText().contains("1.7"), "the figure is in the summary at the top: " + museum);
        String sourceTitle = Api.given().get("/v1/sources/" + sourceOf("cultural-organisations-share", "organisation_type:museums"))
                .then().statusCode(200).extract().jsonPath().getString("title");
        assertTrue(museum.get("sources").toString().contains(sourceTitle), museum.toString());
        assertTrue(museum.get("sourceVisible").asBoolean());
    }

    @Test
    void seriesChartDrawsOnePointPerPeriodWithTheValuesOfTheJson() {
        Map<String, BigDecimal> json = seriesJson();
        Map<String, BigDecimal> drawn = new LinkedHashMap<>();
        for (JsonNode point : seen.at("/series/points")) {
            BigDecimal previous = drawn.put(point.get("period").asText(), new BigDecimal(point.get("value").asText()));
            assertEquals(null, previous, "two points for " + point);
        }
        assertEquals(json.keySet(), drawn.keySet());
        json.forEach((period, value) -> assertEquals(0, value.compareTo(drawn.get(period)), period));
        assertEquals(json.size(), seen.at("/series/rows").size(), "and the table has the same values");
    }

    @Test
    void csvLinkDownloadsTheSameValuesAsTheJson() throws Exception {
        Map<String, BigDecimal> json = seriesJson();
        Map<String, BigDecimal> csv = new LinkedHashMap<>();
        String text = seen.at("/csv/text").asText();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.replace("\uFEFF", "")))) {
            csv.put(record.get("period_code"), new BigDecimal(record.get("value")));
        }
        assertEquals(json.keySet(), csv.keySet());
        json.forEach((period, value) -> assertEquals(0, value.compareTo(csv.get(period)), period));
    }

    @Test
    void kazakhAndRussianPagesShowTheirLanguage() {
        assertEquals("kk", seen.at("/languages/kk/lang").asText());
        assertEquals("График", seen.at("/languages/kk/tab").asText());
        assertTrue(seen.at("/languages/kk/h1").asText().contains("Креативті индустрияға"), seen.at("/languages/kk").toString());
        assertEquals("ru", seen.at("/languages/ru/lang").asText());
        assertTrue(seen.at("/languages/ru/h1").asText().contains("Валовая добавленная стоимость"), seen.at("/languages/ru").toString());
        assertEquals("ru", seen.at("/languages/acceptLanguageRu/lang").asText(), "Accept-Language alone");
        assertEquals("Найти", seen.at("/languages/acceptLanguageRu/button").asText());
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() {
        assertEquals(PAGES.size(), seen.get("axe").size());
        List<String> serious = new ArrayList<>();
        for (JsonNode page : seen.get("axe")) {
            for (JsonNode violation : page.get("violations")) {
                String impact = violation.get("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(page.get("path").asText() + ": " + violation);
                }
            }
        }
        assertEquals(List.of(), serious);
    }

    @Test
    void nothingIsWiderThanA375PixelScreen() {
        for (JsonNode page : seen.get("overflow")) {
            assertEquals(375, page.get("width").asInt());
            assertTrue(page.get("scrollWidth").asInt() <= 375, page.toString());
            assertTrue(page.get("scrollingWidth").asInt() <= 375, page.toString());
        }
    }

    /** On a phone the value, unit, status and source of each row are on screen, not in a box scrolled sideways. */
    @Test
    void atA375PixelScreenEveryCellOfTheTablesOfValuesIsOnScreen() {
        int pagesWithTables = 0;
        for (JsonNode page : seen.get("overflow")) {
            assertEquals(List.of(), MAPPER.convertValue(page.get("cellsOutside"), List.class), page.get("path").asText());
            pagesWithTables += page.get("tableCells").asInt() > 0 ? 1 : 0;
        }
        // The series pages (changes; values where the table is the view) and the two region pages (key indicators).
        assertTrue(pagesWithTables >= 5, "cells measured on " + pagesWithTables + " pages: " + seen.get("overflow"));
    }

    @Test
    void atA375PixelScreenTheSeriesChartFitsAndItsTextIsAtLeast11PixelsHigh() {
        int charts = 0;
        for (JsonNode page : seen.get("overflow")) {
            if (page.get("smallestChartText").isNull()) {
                continue;
            }
            charts++;
            assertTrue(page.get("chartWidth").asDouble() <= 375, page.toString());
            assertTrue(page.get("smallestChartText").asDouble() >= 11, page.toString());
        }
        assertEquals(3, charts, "the three series pages with the chart in view: " + seen.get("overflow"));
    }

    @Test
    void theViewSwitchWorksByKeyboardAndTheBackButtonRestoresTheView() {
        JsonNode keyboard = seen.get("keyboard");
        assertTrue(keyboard.get("reachedTableLink").asBoolean(), keyboard.toString());
        assertTrue(keyboard.get("tableVisible").asBoolean());
        assertTrue(keyboard.get("urlAfterEnter").asText().contains("tab=table"), keyboard.toString());
        assertTrue(keyboard.get("chartVisibleAfterBack").asBoolean());
        assertTrue(!keyboard.get("urlAfterBack").asText().contains("tab=table"), keyboard.toString());
    }

    private static Map<String, BigDecimal> seriesJson() {
        JsonPath series = Api.given().get("/v1/indicators/creative-gva/series?region=east-kazakhstan").then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int size = series.getList("items").size();
        for (int n = 0; n < size; n++) {
            values.put(series.getString("items[" + n + "].period.code"), new BigDecimal(series.getString("items[" + n + "].value")));
        }
        return values;
    }

    private static String sourceOf(String indicator, String breakdown) {
        return Api.given().get("/v1/indicators/" + indicator + "/series?region=east-kazakhstan&breakdown=" + breakdown).then().statusCode(200)
                .extract().jsonPath().getString("items[0].source_id");
    }
}
