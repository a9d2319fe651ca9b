package kz.creativeeconomy.explore;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer's pages over HTTP: negotiation at /, languages, the values and citations a page shows. Browser checks: ExplorerBrowserTest. */
@QuarkusTest
class ExplorerPagesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern ROW = Pattern.compile("<tr data-region=\"([^\"]+)\" data-period=\"([^\"]+)\" data-value=\"([^\"]+)\" data-status=\"([^\"]+)\">");

    private static String page(String path) {
        return Api.raw().accept(BROWSER_ACCEPT).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    @Test
    void rootIsTheJsonIndexForApiClientsAndTheExplorerForBrowsers() {
        String json = Api.given().accept("application/json").get("/").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Vary", containsString("Accept")).extract().asString();
        assertTrue(json.startsWith("{\"name\":\"Creative Economy of Kazakhstan API\""), json);
        // curl and most HTTP libraries accept anything: they keep the JSON index they always got.
        assertEquals(json, Api.raw().accept("*/*").get("/").then().statusCode(200).contentType(startsWith("application/json")).extract().asString());
        Api.raw().accept(BROWSER_ACCEPT).get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Vary", containsString("Accept")).body(containsString("<input type=\"search\" id=\"q\" name=\"q\""));
    }

    /** A reader who trims a page's URL lands on the home page's lists, in the language asked, not on a 404. */
    @Test
    void theExplorersAddressesAboveItsPagesLeadToTheHomePagesLists() {
        Map<String, String> expected = Map.of(
                "/explore", "/",
                "/explore/", "/",
                "/explore/indicators", "/#indicators-heading",
                "/explore/regions?lang=ru", "/?lang=ru#regions-heading");
        expected.forEach((path, target) -> {
            String location = Api.raw().accept(BROWSER_ACCEPT).redirects().follow(false).get(path).then().statusCode(302)
                    .extract().header("Location");
            assertTrue(location.endsWith(target) && location.indexOf("/explore") < 0, path + " -> " + location);
        });
        String home = Api.raw().accept(BROWSER_ACCEPT).get("/explore/regions?lang=ru").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertTrue(home.contains("id=\"regions-heading\"") && home.contains("lang=\"ru\""), home);
    }

    @Test
    void pagesAreInTheLanguageOfLangOrElseOfAcceptLanguage() {
        Api.raw().accept(BROWSER_ACCEPT).queryParam("lang", "kk").get("/").then().header("Content-Language", "kk")
                .body(containsString("<html lang=\"kk\">"), containsString("Іздеу"));
        Api.raw().accept(BROWSER_ACCEPT).header("Accept-Language", "ru-RU,ru;q=0.9").get("/").then().header("Content-Language", "ru")
                .body(containsString("<html lang=\"ru\">"), containsString("Найти"));
        Api.raw().accept(BROWSER_ACCEPT).header("Accept-Language", "ru").queryParam("lang", "en").get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void seriesPageTableHasEveryValueOfTheSeriesApiWithStatusAndSource() {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=ru");
        JsonPath series = Api.given().get("/v1/indicators/creative-gva/series?region=east-kazakhstan").then().statusCode(200).extract().jsonPath();
        Map<String, String> fromApi = new LinkedHashMap<>();
        List<Map<String, Object>> items = series.getList("items");
        for (int n = 0; n < items.size(); n++) {
            fromApi.put(series.getString("items[" + n + "].period.code"), series.getString("items[" + n + "].value") + "|"
                    + series.getString("items[" + n + "].status"));
        }
        Map<String, String> fromPage = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            fromPage.put(row.group(2), row.group(3) + "|" + row.group(4));
        }
        assertEquals(6, fromApi.size());
        assertEquals(fromApi, fromPage);
        assertTrue(html.contains("20\u00A0057,8"), "Russian digit groups and decimal comma");
        assertTrue(html.contains("млн тенге"), "unit label in the page's language");
        assertTrue(html.contains("id=\"source-bns-creative-gva-table-1\""), "the citation the rows link to");
        assertTrue(html.contains("Как цитировать"), "how to cite, in Russian");
        assertTrue(html.contains("/v1/indicators/creative-gva/series?region=east-kazakhstan&amp;lang=ru&amp;format=csv&amp;bom=true"),
                "CSV download for Excel: with a byte-order mark");
        assertTrue(html.contains("format=json-stat"), "JSON-stat URL");
        assertTrue(html.contains("curl -H"), "curl line");
        assertTrue(html.contains("/embed/indicators/creative-gva?region=east-kazakhstan&amp;amp;lang=ru"), "embed snippet, escaped in its textarea");
    }

    @Test
    void summaryStatesTheRankTheRankingsApiGivesAndTheChangeOverTheRange() {
        JsonPath ranking = Api.given().get("/v1/rankings?indicator=creative-gva&period=2023").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = ranking.getList("items");
        int rank = items.stream().filter(i -> "east-kazakhstan".equals(((Map<?, ?>) i.get("region")).get("slug")))
                .map(i -> ((Number) i.get("rank")).intValue()).findFirst().orElseThrow();
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en");
        Matcher summary = Pattern.compile("<p class=\"summary\" id=\"summary\">([^<]+)</p>").matcher(html);
        assertTrue(summary.find(), html);
        // 18610 in 2018 to 25049.9 in 2023: (25049.9 - 18610) / 18610 * 100 = 34.604... -> 34.60 (one decimal more than published).
        // The count is of the regions with a value for 2023, and says so: "3rd of 3" alone reads as "last of the country's regions".
        String ordinal = rank + (rank % 100 / 10 == 1 ? "th" : switch (rank % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
        assertEquals("2023: East Kazakhstan Region ranked " + ordinal + " of the " + items.size() + " regions with data for 2023, with 25,049.9 million tenge. "
                + "From 2018 to 2023: +34.60% (18,610 to 25,049.9).", summary.group(1).replace("&#39;", "'"));
    }

    @Test
    void seriesPageComparesRegionsAndKeepsItsStateInItsLinks() {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan,kazakhstan&from=2020&to=2022&tab=table&lang=kk");
        Matcher row = ROW.matcher(html);
        int rows = 0;
        while (row.find()) {
            rows++;
            assertTrue(List.of("2020", "2021", "2022").contains(row.group(2)), row.group(2));
        }
        assertEquals(6, rows, "three years of two regions");
        assertTrue(html.contains("href=\"/explore/indicators/creative-gva?region=east-kazakhstan,kazakhstan&amp;from=2020&amp;to=2022&amp;lang=kk\""),
                "the chart view's link keeps regions, range and language");
        assertTrue(html.contains("<section id=\"view-chart\" class=\"view\" aria-label=\"График\" hidden>"), "tab=table hides the chart view");
    }

    @Test
    void regionPageShowsKeyIndicatorsBesideTheNationalValueAndTheBoundaryHistory() {
        String abai = page("/explore/regions/abai?lang=en");
        assertTrue(abai.contains("split"), abai);
        assertTrue(abai.contains("East Kazakhstan Region → Abai Region") || abai.contains("East Kazakhstan Region → Abai"), abai);
        String ekr = page("/explore/regions/east-kazakhstan?lang=en");
        assertTrue(ekr.contains("href=\"/explore/indicators/creative-gva?region=east-kazakhstan&amp;lang=en\""), "key indicator links to its series");
        assertTrue(ekr.contains("1,202,101.2"), "the national creative GVA of 2023 beside the region's");
        assertTrue(ekr.contains("href=\"/explore/organisations/ekr-regional-museum-reserve?lang=en\""), "organisations of the region");
        assertTrue(ekr.contains("class=\"sparkline\""), "small charts");
    }

    @Test
    void theSeriesPageGivesTheDefinitionInThePagesLanguageAsTheApiDoes() {
        String definition = Api.given().queryParam("lang", "kk").get("/v1/indicators/creative-gva").then().statusCode(200)
                .body("indicator.definition_language", equalTo("kk")).extract().path("indicator.definition");
        String series = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=kk");
        String firstWords = definition.split("[\"'<>&(]")[0];
        assertTrue(firstWords.length() > 20 && series.contains(firstWords),
                "the Kazakh definition the API serves: " + definition);
    }

    @Test
    void organisationAndEventPagesCiteTheirSource() {
        String museum = page("/explore/organisations/ekr-regional-museum-reserve?lang=ru");
        assertTrue(museum.contains("class=\"citation\""), museum);
        assertTrue(museum.contains("<html lang=\"ru\">"));
        String event = page("/explore/events/night-at-the-museum-2023?lang=kk");
        assertTrue(event.contains("class=\"citation\""), event);
        assertTrue(event.contains("<span lang=\"en\">Night at the Museum</span> <small class=\"fallback\""), "an English name on a Kazakh page says so");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/explore/search?q=museum", "/explore/indicators/creative-gva?region=east-kazakhstan,almaty",
            "/explore/regions/east-kazakhstan", "/explore/organisations/ekr-regional-museum-reserve", "/explore/events/night-at-the-museum-2023"})
    void pagesNeedNoInlineScriptOrStyleSoAStrictContentSecurityPolicyKeepsThemWhole(String path) {
        String html = page(path);
        // A JSON-LD data block is never executed (StructuredData): only scripts a browser would run count.
        assertFalse(Pattern.compile("<script(?![^>]*\\b(src=|type=\"application/ld\\+json\"))").matcher(html).find(), "inline script in " + path);
        assertFalse(html.contains("<style"), "style element in " + path);
        assertFalse(Pattern.compile("<[^>]+\\sstyle=\"").matcher(html).find(), "style attribute in " + path);
        assertFalse(Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(html).find(), "event handler attribute in " + path);
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//(?!localhost)").matcher(html.replaceAll("<dd><a href=\"https?://[^\"]+\" rel=\"noopener\">", ""))
                .find(), "a resource from another origin in " + path);
    }

    /** A deploy that changes the stylesheet or script changes their URLs, so no cache pairs a new page with old ones. */
    @Test
    void scriptAndStylesheetAreLinkedWithAHashOfTheirBytes() throws Exception {
        String html = Api.raw().accept("text/html").get("/").then().statusCode(200).extract().asString();
        Matcher assets = Pattern.compile("(?:href|src)=\"(/explore/explore\\.(?:css|js))\\?v=([0-9a-f]{12})\"").matcher(html);
        int found = 0;
        while (assets.find()) {
            byte[] body = Api.raw().get(assets.group(1) + "?v=" + assets.group(2)).then().statusCode(200).extract().asByteArray();
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, 6);
            assertEquals(hash, assets.group(2), assets.group(1));
            found++;
        }
        assertEquals(2, found, "stylesheet and script");
    }

    @Test
    void scriptAndStylesheetOfAPageWeighFarLessThan150KilobytesCompressed() throws IOException {
        int total = 0;
        for (String asset : List.of("/explore/explore.css", "/explore/explore.js")) {
            byte[] body = Api.raw().get(asset).then().statusCode(200).extract().asByteArray();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(body);
            }
            total += compressed.size();
        }
        assertTrue(total < 150 * 1024, total + " bytes");
    }

    @Test
    void aBrowserMeetingAnUnknownIndicatorOrRegionGetsAPageInItsLanguageWithTheStatusAndAWayBack() {
        String html = errorPage(Api.raw().accept(BROWSER_ACCEPT).get("/explore/indicators/no-such-indicator?lang=ru"), 404, "ru");
        assertTrue(html.contains("Показателя с кодом «no-such-indicator» нет."), html);
        html = errorPage(Api.raw().accept(BROWSER_ACCEPT).header("Accept-Language", "kk").get("/explore/regions/atlantis"), 404, "kk");
        assertTrue(html.contains("«atlantis» өңірі жоқ."), html);
        html = errorPage(Api.raw().accept(BROWSER_ACCEPT).get("/explore/no-such-page?lang=en"), 404, "en");
        assertTrue(html.contains("There is nothing at this address."), html);
    }

    @Test
    void aBrowserSendingABadParameterGetsAPageNamingTheParameterAndWhatItAllows() {
        String html = errorPage(Api.raw().accept(BROWSER_ACCEPT).get("/explore/indicators/creative-gva?region=atlantis&lang=kk"), 400, "kk");
        assertTrue(html.contains("Мекенжай параметрінің мәнін бұл бет қолдана алмайды:"), html);
        assertTrue(html.contains("<dd><code>region</code></dd>") && html.contains("unknown region &#39;atlantis&#39;"), html);
        html = errorPage(Api.raw().accept(BROWSER_ACCEPT).get("/explore/indicators/creative-gva?breakdown=organisation_type:cinemas&lang=en"), 400, "en");
        assertTrue(html.contains("<dd><code>breakdown</code></dd>"), html);
        // lang= is the mistake: the page is in the language Accept-Language asks for.
        html = errorPage(Api.raw().accept(BROWSER_ACCEPT).header("Accept-Language", "ru").get("/explore/regions/abai?lang=fr"), 400, "ru");
        assertTrue(html.contains("<dd><code>lang</code></dd>") && html.contains("one of en, ru, kk"), html);
    }

    @Test
    void anEmbedWithTwoRegionsShowsABrowserAFrameableErrorPage() {
        String html = errorPage(Api.raw().accept(BROWSER_ACCEPT).queryParam("region", "astana,almaty").queryParam("lang", "ru")
                .get("/embed/indicators/creative-gva"), 400, "ru");
        assertTrue(html.contains("<dd><code>region</code></dd>"), html);
        Api.raw().accept(BROWSER_ACCEPT).queryParam("region", "astana,almaty").get("/embed/indicators/creative-gva").then()
                .header("Content-Security-Policy", containsString("frame-ancestors *"));
    }

    @Test
    void clientsPreferringJsonStillGetProblemsFromPagesAndTheApiStaysProblemJsonForBrowsers() {
        assertProblem(Api.raw().accept("application/json, text/html;q=0.1").get("/explore/indicators/no-such-indicator").then(), 404);
        assertProblem(Api.raw().accept("*/*").get("/explore/indicators/creative-gva?region=atlantis").then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
        assertProblem(Api.raw().accept("application/problem+json, */*;q=0.1").get("/explore/indicators/creative-gva?breakdown=organisation_type:cinemas").then(), 400)
                .body("invalid_params[0].name", equalTo("breakdown"));
        assertProblem(Api.raw().accept("application/json, text/html;q=0.5").queryParam("region", "astana,almaty").get("/embed/indicators/creative-gva").then(), 400)
                .body("invalid_params[0].name", equalTo("region"));
        // JSON only: a page has no JSON to give, and says so as a problem.
        assertProblem(Api.raw().accept("application/json").get("/explore/indicators/creative-gva").then(), 406);
        assertProblem(Api.raw().accept(BROWSER_ACCEPT).get("/v1/indicators/no-such-indicator").then(), 404);
    }

    /** An error page: the status of its problem, HTML in the language, the search box and a link to the explorer home. */
    private static String errorPage(io.restassured.response.Response response, int status, String language) {
        String html = response.then().statusCode(status).contentType(startsWith("text/html")).header("Content-Language", language)
                .header("Vary", containsString("Accept")).extract().asString();
        assertTrue(html.contains("<html lang=\"" + language + "\">"), html);
        assertTrue(html.contains("<input type=\"search\" id=\"q\""), "a search box: " + html);
        assertTrue(html.contains("href=\"/?lang=" + language + "\""), "a link home: " + html);
        return html;
    }

    @Test
    void emptyFieldsOfTheFormsAreIgnoredNotRejected() {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&from=&to=&lang=en");
        assertTrue(html.contains("data-period=\"2018\""), "an empty from is no lower bound");
        page("/explore/search?q=&lang=en");
    }

    @Test
    void aValueIsShownWithExactlyItsPublishedDecimals() {
        BigDecimal value = new BigDecimal(Api.given().get("/v1/indicators/creative-gva/series?region=east-kazakhstan&from=2018&to=2018")
                .then().extract().jsonPath().getString("items[0].value"));
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&from=2018&to=2018&tab=table&lang=en");
        assertEquals(0, value.compareTo(new BigDecimal("18610")));
        assertTrue(html.contains("<td class=\"num\" data-label=\"Value\">18,610</td>"), "18610 as published, not 18,610.0");
    }
}
