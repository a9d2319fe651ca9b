package kz.creativeeconomy.explore;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Series pages of indicators published only broken down (no totals), the unit line and the rank sentence: what a
 * reader of the seed data met on the explorer's first pages. The rest of the series page: ExplorerPagesTest.
 */
@QuarkusTest
class ExplorerBreakdownPagesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern ROW = Pattern.compile("<tr data-region=\"([^\"]+)\" data-period=\"([^\"]+)\" data-value=\"([^\"]+)\" data-status=\"([^\"]+)\">");
    private static final Pattern SUMMARY = Pattern.compile("<p class=\"summary\" id=\"summary\">([^<]+)</p>");
    private static final Pattern MEMBER_LINK = Pattern.compile("href=\"/explore/indicators/([a-z0-9-]+)\\?region=([a-z0-9,-]+)&amp;breakdown=([a-z0-9_]+:[a-z0-9-]+)&amp;lang=([a-z]+)\"");

    private static String page(String path) {
        return Api.raw().accept(BROWSER_ACCEPT).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    /** period code -> value|status|source of a series, as the API gives it. */
    private static Map<String, String> fromApi(String code, String region, String breakdown) {
        JsonPath series = Api.given().queryParam("region", region).queryParam("breakdown", breakdown).get("/v1/indicators/" + code + "/series")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> values = new LinkedHashMap<>();
        for (int n = 0; n < series.getList("items").size(); n++) {
            values.put(series.getString("items[" + n + "].period.code"), series.getString("items[" + n + "].value") + "|"
                    + series.getString("items[" + n + "].status") + "|" + series.getString("items[" + n + "].source_id"));
        }
        return values;
    }

    private static Map<String, String> fromPage(String html, String region) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            assertEquals(region, row.group(1));
            // The row's source is the link in the last cell of the row.
            Matcher source = Pattern.compile("<a href=\"#source-([^\"]+)\"").matcher(html.substring(row.end()));
            assertTrue(source.find(), "a source for " + row.group());
            values.put(row.group(2), row.group(3) + "|" + row.group(4) + "|" + source.group(1));
        }
        return values;
    }

    /** The member links of the breakdown picker, in order: dimension:member. */
    private static List<String> memberLinks(String html) {
        List<String> links = new ArrayList<>();
        int nav = html.indexOf("<nav class=\"breakdowns\"");
        if (nav < 0) {
            return links;
        }
        Matcher link = MEMBER_LINK.matcher(html.substring(nav, html.indexOf("</nav>", nav)));
        while (link.find()) {
            links.add(link.group(3));
        }
        return links;
    }

    /** The six indicators of the seed data that have values only broken down, which opened empty pages from the home page. */
    @ParameterizedTest
    @ValueSource(strings = {"cultural-attendance", "cultural-events", "cultural-organisations-share", "grp-structure",
            "industrial-production-change", "population-share"})
    void anIndicatorWithoutTotalsShowsItsFirstMemberWithValuesAndLinksEveryMember(String code) {
        String html = page("/explore/indicators/" + code + "?lang=en");
        assertFalse(html.contains("No values in this range."), html);
        List<String> members = memberLinks(html);
        assertTrue(members.size() >= 2, "the breakdown picker links the members: " + members);
        Matcher current = Pattern.compile("breakdown=([a-z0-9_]+:[a-z0-9-]+)&amp;lang=en\" aria-current=\"page\"").matcher(html);
        assertTrue(current.find(), "the member shown is marked in the picker");
        assertEquals(members.get(0), current.group(1), "the first member is shown");
        assertTrue(html.contains("This indicator has no total for the regions shown: it is published by"), "the page says why");

        Map<String, String> shown = fromPage(html, "east-kazakhstan");
        assertFalse(shown.isEmpty(), html);
        assertEquals(fromApi(code, "east-kazakhstan", current.group(1)), shown, "the member's values, status and source, as the API gives them");
        for (String source : shown.values().stream().map(v -> v.split("\\|")[2]).distinct().toList()) {
            assertTrue(html.contains("id=\"source-" + source + "\""), "the citation of " + source);
        }
        assertTrue(html.contains("<input type=\"checkbox\" name=\"region\" value=\"east-kazakhstan\" checked>"), "the region picker lists the region");
        assertTrue(html.contains("<input type=\"hidden\" name=\"breakdown\" value=\"" + current.group(1) + "\">"), "the form keeps the member");
        assertTrue(html.contains("/v1/indicators/" + code + "/series?region=east-kazakhstan&amp;breakdown=" + current.group(1)), "the API URL of the values");
        Matcher summary = SUMMARY.matcher(html);
        assertTrue(summary.find() && !summary.group(1).contains("No values"), html);
        assertFalse(html.contains("\"description\":\"No values in this range.\""), "the structured data describes the values");
        // The page's embed draws the member it shows (it offered none: the embed drew totals only, which these have not).
        String embed = "/embed/indicators/" + code + "?region=east-kazakhstan&amp;amp;breakdown=" + current.group(1) + "&amp;amp;lang=en";
        assertTrue(html.contains(embed), "the snippet embeds the member shown");
        String framed = Api.raw().urlEncodingEnabled(false).get(embed.replace("&amp;amp;", "&")).then().statusCode(200).extract().asString();
        Map<String, String> drawn = new LinkedHashMap<>();
        Matcher point = Pattern.compile("data-period=\"([^\"]+)\" data-value=\"([^\"]+)\"")
                .matcher(framed.substring(framed.indexOf("class=\"chart-wide\""), framed.indexOf("class=\"chart-narrow\"")));
        while (point.find()) {
            drawn.put(point.group(1), point.group(2));
        }
        Map<String, String> values = new LinkedHashMap<>();
        shown.forEach((period, v) -> values.put(period, v.split("\\|")[0]));
        assertEquals(values, drawn, "the embed draws the member's values");
        assertTrue(framed.contains("/v1/indicators/" + code + "/series?region=east-kazakhstan&amp;breakdown=" + current.group(1) + "&amp;format=csv"),
                "its data link downloads the member's values");
    }

    @Test
    void attendanceShowsLibrariesFirstAndLinksMuseumsInThePagesLanguage() {
        String html = page("/explore/indicators/cultural-attendance?lang=ru");
        assertTrue(html.contains("data-period=\"2023\" data-value=\"741.4\""), "libraries, printed first by the source");
        Matcher summary = SUMMARY.matcher(html);
        assertTrue(summary.find());
        assertEquals("2023: Восточно-Казахстанская область, Библиотеки, 741,4 тыс. посещений.", summary.group(1), "the summary names the member");
        JsonPath museums = Api.given().get("/v1/observations?indicator=cultural-attendance&region=east-kazakhstan&breakdown=institution_type:museums&lang=ru")
                .then().statusCode(200).extract().jsonPath();
        String museumName = museums.getString("items[0].breakdown.member_name");
        assertTrue(html.contains("<a href=\"/explore/indicators/cultural-attendance?region=east-kazakhstan&amp;breakdown=institution_type:museums&amp;lang=ru\">"
                + "<span lang=\"ru\">" + museumName + "</span>"), "museums, named in Russian: " + museumName);
        String museumPage = page("/explore/indicators/cultural-attendance?region=east-kazakhstan&breakdown=institution_type:museums&lang=en");
        assertTrue(museumPage.contains("data-value=\"515.8\""), museumPage);
        assertFalse(museumPage.contains("This indicator has no total"), "a member the URL names needs no explanation");
    }

    @Test
    void aRegionWithoutValuesGetsARegionPickerOfTheRegionsThatHaveThem() {
        String html = page("/explore/indicators/cultural-attendance?region=almaty&lang=en");
        assertTrue(html.contains("<input type=\"checkbox\" name=\"region\" value=\"east-kazakhstan\">"), html);
        assertFalse(memberLinks(html).isEmpty(), "and the members to pick from");
        assertTrue(html.contains("No values in this range."), "no value is made up for Almaty");
    }

    @Test
    void urlsThatShowedValuesShowTheSameValues() {
        String museums = page("/explore/indicators/cultural-organisations-share?region=east-kazakhstan&breakdown=organisation_type:museums&lang=en");
        assertEquals(fromApi("cultural-organisations-share", "east-kazakhstan", "organisation_type:museums"), fromPage(museums, "east-kazakhstan"));
        assertTrue(museums.contains("breakdown=organisation_type:museums&amp;lang=en\" aria-current=\"page\""), "the picker marks the member shown");
        // An indicator with totals and a member: the totals, as before, and the member beside them.
        String organisations = page("/explore/indicators/cultural-organisations?lang=en");
        assertEquals(fromApi("cultural-organisations", "east-kazakhstan", "none"), fromPage(organisations, "east-kazakhstan"));
        assertTrue(organisations.contains("<a href=\"/explore/indicators/cultural-organisations?region=east-kazakhstan&amp;lang=en\" aria-current=\"page\">Total</a>"),
                organisations);
        assertEquals(List.of("organisation_type:others"), memberLinks(organisations));
        // An indicator with no breakdown has no picker.
        assertFalse(page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=en").contains("class=\"breakdowns\""));
        // Totals asked for by name stay the totals, even where there are none.
        String none = page("/explore/indicators/cultural-attendance?breakdown=none&lang=en");
        assertTrue(none.contains("No values in this range."), none);
        assertFalse(memberLinks(none).isEmpty(), "with the members to pick from");
    }

    @Test
    void theUnitLineGivesTheUnitWithItsPowerOfTenAsTheApiDoes() {
        for (String lang : List.of("en", "ru", "kk")) {
            JsonPath series = Api.given().get("/v1/indicators/cultural-attendance/series?region=east-kazakhstan&breakdown=institution_type:museums&lang=" + lang)
                    .then().statusCode(200).extract().jsonPath();
            String label = series.getString("unit_label");
            String html = page("/explore/indicators/cultural-attendance?region=east-kazakhstan&breakdown=institution_type:museums&lang=" + lang);
            Matcher unitLine = Pattern.compile("<p class=\"unit-line\">[^:]+: <span lang=\"([a-z]+)\">([^<]+)</span>").matcher(html);
            assertTrue(unitLine.find(), html);
            assertEquals(label, unitLine.group(2), lang);
            assertEquals(series.getString("unit_label_language"), unitLine.group(1), lang);
        }
        assertTrue(page("/explore/indicators/cultural-attendance?region=east-kazakhstan&breakdown=institution_type:museums&lang=en")
                .contains("<p class=\"unit-line\">Unit: <span lang=\"en\">thousand visits</span>"));
        // A range without values still gives the unit right.
        assertTrue(page("/explore/indicators/cultural-attendance?region=east-kazakhstan&breakdown=institution_type:museums&from=2024&lang=en")
                .contains("<p class=\"unit-line\">Unit: <span lang=\"en\">thousand visits</span>"));
    }

    @Test
    void theRankSaysHowManyRegionsHaveDataInEveryLanguage() {
        int count = Api.given().get("/v1/rankings?indicator=creative-gva&period=2023").then().statusCode(200).extract().jsonPath().getList("items").size();
        Map<String, String> expected = Map.of(
                "en", "of the " + count + " regions with data for 2023, with",
                "ru", "-е место среди регионов с данными за 2023 (всего " + count + "),",
                "kk", " 2023 бойынша деректері бар " + count + " өңірдің ішінде ");
        expected.forEach((lang, words) -> {
            Matcher summary = SUMMARY.matcher(page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=" + lang));
            assertTrue(summary.find());
            assertTrue(summary.group(1).contains(words), lang + ": " + summary.group(1));
        });
    }
    /**
     * A region's page lists every indicator the API has values of in the region: those published only broken down (East
     * Kazakhstan's fall of industrial production by 19.7 % is the member "Industry, total") with the member their series
     * page shows, its latest value and a link to that member's page. They were left out, 6 of the region's 24 indicators.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aRegionPageListsEveryIndicatorOfTheRegionThoseByBreakdownOnlyWithTheMemberTheirPageShows(String lang) {
        List<String> codes = Api.given().queryParam("region", "east-kazakhstan").queryParam("limit", 1000).get("/v1/observations")
                .then().statusCode(200).extract().jsonPath().getList("items.indicator.code");
        String html = page("/explore/regions/east-kazakhstan?lang=" + lang);
        int start = html.indexOf("<table class=\"key-indicators");
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher link = Pattern.compile("<a href=\"/explore/indicators/([a-z0-9-]+)\\?region=east-kazakhstan(&amp;breakdown=([^&]+))?&amp;lang=" + lang + "\"")
                .matcher(table);
        List<String> listed = new ArrayList<>();
        Map<String, String> breakdowns = new LinkedHashMap<>();
        while (link.find()) {
            listed.add(link.group(1));
            if (link.group(3) != null) {
                breakdowns.put(link.group(1), link.group(3));
            }
        }
        assertEquals(codes.stream().distinct().sorted().toList(), listed.stream().sorted().toList(), "every indicator of the region, once");
        assertEquals("industry:total", breakdowns.get("industrial-production-change"), table);
        assertTrue(breakdowns.containsKey("cultural-attendance"), table);
        assertFalse(breakdowns.containsKey("creative-gva"), "an indicator with totals links its totals");
        // The member's latest value, as the API gives it, in its row (the page writes a minus sign, U+2212).
        JsonPath member = Api.given().get("/v1/observations?indicator=industrial-production-change&region=east-kazakhstan&breakdown=industry:total&limit=1000&lang=" + lang)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("-19.7", member.getString("items[-1].value"));
        int row = table.indexOf("/explore/indicators/industrial-production-change?");
        String cells = table.substring(row, table.indexOf("</tr>", row));
        assertTrue(cells.contains("\u221219.7") || cells.contains("\u221219,7"), cells);
        assertTrue(cells.contains(" — " + member.getString("items[-1].breakdown.member_name") + "</span>"), cells);
    }
    /**
     * Every value on a region's page says where it comes from: each row of its key indicators links the source of its
     * latest value (the source the API gives for that observation) to the citation on the series page, and a national
     * value carries its status. The table had unit, period and status but no source.
     */
    @Test
    void aRegionPagesKeyIndicatorsCiteTheSourceTheApiGivesForEachValue() {
        String html = page("/explore/regions/east-kazakhstan?lang=en");
        int start = html.indexOf("<table class=\"key-indicators");
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\" class=\"card-title\"><a href=\"/explore/indicators/([a-z0-9-]+)\\?region=east-kazakhstan(?:&amp;breakdown=([^&]+))?&amp;lang=en\"")
                .matcher(table);
        int rows = 0;
        while (row.find()) {
            String cells = table.substring(row.end(), table.indexOf("</tr>", row.end()));
            String breakdown = row.group(2) == null ? "none" : row.group(2);
            JsonPath api = Api.given().queryParam("indicator", row.group(1)).queryParam("region", "east-kazakhstan").queryParam("breakdown", breakdown)
                    .queryParam("limit", 1000).get("/v1/observations").then().statusCode(200).extract().jsonPath();
            // The row's period is the series' latest; any observation of it names the same source here.
            List<String> sourceIds = api.getList("items.source.id");
            Matcher source = Pattern.compile("<td class=\"source\" data-label=\"Source\"><a href=\"/explore/indicators/" + row.group(1)
                    + "\\?region=east-kazakhstan[^\"]*#source-([a-z0-9-]+)\" data-source=\"([a-z0-9-]+)\"").matcher(cells);
            assertTrue(source.find(), "a source in the row of " + row.group(1) + ": " + cells);
            assertEquals(source.group(1), source.group(2));
            assertEquals(sourceIds.get(sourceIds.size() - 1), source.group(1), row.group(1));
            rows++;
        }
        assertEquals(24, rows, table);
        // Creative GVA has a national value for 2023: with its status beside it.
        int gva = table.indexOf("/explore/indicators/creative-gva?");
        String cells = table.substring(gva, table.indexOf("</tr>", gva));
        assertTrue(cells.contains("1,202,101.2 <span class=\"status\">final</span>"), cells);
    }
}
