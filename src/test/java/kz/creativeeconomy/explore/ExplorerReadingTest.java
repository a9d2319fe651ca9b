package kz.creativeeconomy.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a newcomer reads on the series page, over HTTP: a share's changes in percentage points, the summary once, the
 * sources by title, and a member joined to its indicator's name without a stray space. Layout at 375 px: ExplorerBrowserTest.
 */
@QuarkusTest
class ExplorerReadingTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SHARES = "/explore/indicators/creative-gva-share?region=kazakhstan,astana,almaty,east-kazakhstan";
    private static final Pattern SUMMARY = Pattern.compile("<p class=\"summary\" id=\"summary\">([^<]+)</p>");

    private static String page(String path) {
        return Api.raw().accept(BROWSER_ACCEPT).get(path).then().statusCode(200).extract().asString();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#39;", "'");
    }

    @Test
    void aSharesChangesAreInPercentagePointsAsTheSeriesApiGivesThem() {
        String html = page(SHARES + "&lang=en");
        Matcher summary = SUMMARY.matcher(html);
        assertTrue(summary.find(), html);
        assertTrue(summary.group(1).contains(" p.p. ("), summary.group(1));
        assertFalse(summary.group(1).contains("%"), "a change of a share is no percent change: " + summary.group(1));
        String changes = text(html.substring(html.indexOf("id=\"changes-heading\""), html.indexOf("id=\"source-heading\"")));
        assertFalse(changes.contains("%"), "no percent change, CAGR or percent heading of a share: " + changes);
        assertTrue(changes.contains("Total change over the range, p.p."), changes);
        // Astana's total change over the range is the API's, in the indicator's unit (points).
        BigDecimal astana = new BigDecimal(Api.given().get("/v1/indicators/creative-gva-share/series?region=astana").then().statusCode(200)
                .extract().jsonPath().getString("change.value"));
        int at = changes.indexOf("Astana");
        assertTrue(at >= 0, changes);
        String total = changes.substring(changes.indexOf("Total change over the range, p.p.", at));
        String signed = (astana.signum() < 0 ? "\u2212" : "+") + astana.abs().toPlainString();
        assertTrue(total.startsWith("Total change over the range, p.p." + signed + " "), signed + " in " + total.substring(0, 80));
        assertTrue(page(SHARES + "&lang=ru").contains("п.п."));
        assertTrue(page(SHARES + "&lang=kk").contains("п.т."));
        // An amount keeps its percent changes.
        assertTrue(page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en").contains("Total change over the range, %"));
    }

    /** A month and a run of months are said in words in each language, next to dates that already were (the codes read as typos). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void monthsAndRunsOfMonthsAreWordsOnARegionsPage(String lang) {
        assertEquals("2024-01/2024-12", Api.given().get("/v1/observations?indicator=birth-rate-change&region=east-kazakhstan&limit=1").then()
                .statusCode(200).extract().jsonPath().getString("items[0].period.code"));
        assertEquals("2025-01", Api.given().get("/v1/observations?indicator=construction-volume-change&region=east-kazakhstan&limit=1").then()
                .statusCode(200).extract().jsonPath().getString("items[0].period.code"));
        String html = page("/explore/regions/east-kazakhstan?lang=" + lang);
        String[] expected = switch (lang) {
            case "ru" -> new String[] {"январь–декабрь 2024", "январь 2025"};
            case "kk" -> new String[] {"2024 ж. қаңтар–желтоқсан", "2025 ж. қаңтар"};
            default -> new String[] {"January–December 2024", "January 2025"};
        };
        for (String[] row : new String[][] {{"birth-rate-change", expected[0]}, {"construction-volume-change", expected[1]}}) {
            int at = html.indexOf("/explore/indicators/" + row[0] + "?");
            String cells = html.substring(at, html.indexOf("</tr>", at));
            assertTrue(cells.contains(">" + row[1] + "</td>"), row[1] + " in " + cells);
        }
        assertFalse(html.contains(">2024-01/2024-12<") || html.contains(">2025-01<"), "no period code shown as text");
    }

    /** An amount's changes name its unit, as its values do: "+6,439.9" alone left the reader to guess million tenge. */
    @Test
    void anAmountsChangesAndTotalChangeNameTheUnit() {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en");
        String changes = text(html.substring(html.indexOf("id=\"changes-heading\""), html.indexOf("id=\"source-heading\"")));
        String unit = Api.given().get("/v1/observations?indicator=creative-gva&region=east-kazakhstan&breakdown=none&limit=1").then().statusCode(200)
                .extract().jsonPath().getString("items[0].unit_label");
        assertEquals("million tenge", unit);
        assertTrue(changes.contains("Change on the year before, million tenge"), changes);
        assertTrue(changes.contains("Total change over the range, million tenge+6,439.9"), changes);
        String ru = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=ru");
        assertTrue(ru.contains("Изменение за весь период, млн тенге"), ru.substring(ru.indexOf("id=\"changes-heading\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void theSummaryIsWrittenOnce(String lang) {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=" + lang);
        Matcher summary = SUMMARY.matcher(html);
        assertTrue(summary.find(), html);
        // As the text of an element: the page's meta description and JSON-LD carry it too, for search engines.
        assertEquals(1, html.split(Pattern.quote(">" + summary.group(1) + "<"), -1).length - 1, summary.group(1));
        assertTrue(html.contains("<figure class=\"chart\" aria-describedby=\"summary\">"), "the chart is described by the summary");
    }

    @Test
    void theTableNamesEachSourceByItsTitleAndLinksToItsCitation() {
        String html = page("/explore/indicators/creative-gva?region=east-kazakhstan&tab=table&lang=en");
        String title = Api.given().get("/v1/sources/bns-creative-gva-table-1").then().statusCode(200).extract().jsonPath().getString("title");
        String table = html.substring(html.indexOf("<table class=\"values"), html.indexOf("</table>"));
        Matcher link = Pattern.compile("<a href=\"#source-bns-creative-gva-table-1\" title=\"bns-creative-gva-table-1\"[^>]*>([^<]+)</a>").matcher(table);
        assertTrue(link.find(), table);
        assertEquals(title, link.group(1).replace("&#39;", "'"));
        assertFalse(table.contains(">bns-creative-gva-table-1<"), "the id is the link's target and title, not its text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void aMembersNameFollowsItsIndicatorsNameWithoutASpaceBeforeTheColon(String lang) {
        String html = page("/explore/indicators/cultural-attendance?region=east-kazakhstan&breakdown=institution_type:museums&lang=" + lang);
        Matcher h1 = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(html);
        assertTrue(h1.find(), html);
        String heading = text(h1.group(1));
        assertTrue(heading.matches("\\S.*\\S: \\S.*"), "'" + heading + "'");
        if (lang.equals("en")) {
            assertEquals("Attendance of cultural institutions and events: Museums", heading);
        }
    }
}
