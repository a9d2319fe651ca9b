package kz.creativeeconomy.explore;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The explorer's pages show what the API answers for the same thing: a region's events as GET /v1/events?region= lists
 * them, and in Kazakh and Russian every text the API gives in that language (footnotes, roundings, reasons, formulas),
 * with what stays in another language marked by its lang attribute, as the API marks it with its *_language fields.
 */
@QuarkusTest
class ExplorerPagesFromTheApiTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern EVENT_LINK = Pattern.compile("href=\"/explore/events/([^\"?]+)\\?lang=([a-z]+)\"");

    private static String page(String path) {
        return Api.raw().accept(BROWSER_ACCEPT).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    /** As Qute writes a text into HTML. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String eventsSection(String page) {
        int start = page.indexOf("<section aria-labelledby=\"events-heading\">");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    @ParameterizedTest
    @ValueSource(strings = {"east-kazakhstan", "ulan-district", "kazakhstan"})
    void aRegionPageListsTheEventsTheEventsApiGivesForTheRegionEachLinkedToItsPage(String region) {
        List<String> fromApi = Api.given().queryParam("region", region).queryParam("limit", 1000).get("/v1/events").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertFalse(fromApi.isEmpty(), "the seed places events in " + region);
        String events = eventsSection(page("/explore/regions/" + region + "?lang=ru"));
        List<String> fromPage = new ArrayList<>();
        Matcher link = EVENT_LINK.matcher(events);
        while (link.find()) {
            fromPage.add(link.group(1));
            assertEquals("ru", link.group(2), "the event's page in the region page's language");
        }
        assertEquals(fromApi, fromPage, "the same events in the same order (year, then id), sub-regions' included");
        assertFalse(events.contains("Нет записей."), events);
    }

    @Test
    void theUlanDistrictPageListsTheFestivalItsNoteSaysItIsTheVenueOf() {
        String events = eventsSection(page("/explore/regions/ulan-district?lang=en"));
        assertTrue(events.contains("<a href=\"/explore/events/shygys-salburyn-2023?lang=en\"><span lang=\"en\">International festival &quot;Shygys Salburyn 2023&quot;</span>"),
                events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theSeriesPageGivesEachFootnoteAsTheObservationsApiDoesInThatLanguage(String lang) {
        JsonPath translated = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan")
                .queryParam("breakdown", "none").queryParam("lang", lang).queryParam("limit", 100).get("/v1/observations")
                .then().statusCode(200).extract().jsonPath();
        JsonPath english = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan")
                .queryParam("breakdown", "none").queryParam("limit", 100).get("/v1/observations").then().statusCode(200).extract().jsonPath();
        String page = page("/explore/indicators/creative-gva?region=east-kazakhstan&tab=table&lang=" + lang);
        List<Map<String, Object>> items = translated.getList("items");
        assertEquals(6, items.size());
        for (int n = 0; n < items.size(); n++) {
            String footnote = translated.getString("items[" + n + "].footnote");
            assertEquals(lang, translated.getString("items[" + n + "].footnote_language"), "the seed's footnotes are translated: " + footnote);
            assertTrue(Pattern.compile("<td class=\"note\" data-label=\"[^\"]+\"><span lang=\"" + lang + "\">" + Pattern.quote(html(footnote)) + "</span>")
                    .matcher(page).find(), footnote);
            String inEnglish = english.getString("items[" + n + "].footnote");
            assertFalse(page.contains(html(inEnglish)), "no English footnote where the API has a translation: " + inEnglish);
        }
    }

    @Test
    void theChangesOfTheSeriesPageGiveTheRoundingAndTheFormulasWordsOfTheSeriesApiInRussian() {
        JsonPath series = Api.given().get("/v1/indicators/creative-gva/series?region=east-kazakhstan&lang=ru").then().statusCode(200)
                .extract().jsonPath();
        String page = page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=ru");
        // "= ((25049.9 / 18610) ^ (1 / 5) - 1) * 100 (HALF_EVEN до 2 знаков после запятой)"
        assertTrue(page.contains("<code>= " + series.getString("cagr.computation") + " (" + series.getString("cagr.rounding") + ")</code>"), page);
        assertTrue(page.contains("<code>= " + series.getString("change.computation") + " (" + series.getString("change.rounding") + ")</code>"), page);
        assertTrue(page.contains("<code>" + html(series.getString("cagr.formula")) + "</code>"), "the CAGR's formula with what years is, in Russian");
        assertFalse(page.contains("HALF_EVEN to"), "no English rounding");
        assertTrue(page.contains("<dt>Индекс, базовый период = 100</dt>"), page);
        assertFalse(page.contains("base = 100"), page);
    }

    @Test
    void aReasonTheApiTranslatesIsInThePagesLanguage() {
        // One point has no growth rate. (The page of a percent indicator, such as birth-rate-change, shows no growth rate at all.)
        String reason = Api.given().get("/v1/indicators/creative-gva/series?region=east-kazakhstan&from=2018&to=2018&lang=kk").then().statusCode(200)
                .extract().jsonPath().getString("cagr.reason");
        assertTrue(reason.startsWith("өсу қарқыны"), reason);
        String page = page("/explore/indicators/creative-gva?region=east-kazakhstan&from=2018&to=2018&lang=kk");
        assertTrue(page.contains("<span class=\"reason\" lang=\"kk\">(" + html(reason) + ")</span>"), page);
    }

    @Test
    void aSourcesTitleCarriesTheLanguageTheApiSaysItIsIn() {
        String titleLanguage = Api.given().get("/v1/observations?indicator=creative-gva&region=east-kazakhstan&breakdown=none&lang=kk&limit=1")
                .then().statusCode(200).extract().jsonPath().getString("items[0].source.title_language");
        assertEquals("en", titleLanguage);
        assertTrue(page("/explore/indicators/creative-gva?region=east-kazakhstan&lang=kk")
                .contains("<h3 lang=\"en\">Gross Value Added (GVA) of economic activities related to creative industry</h3>"));
        // A Russian title on a Kazakh page.
        assertTrue(page("/explore/events/shygys-salburyn-2023?lang=kk").contains("<h3 lang=\"ru\">Информация по сфере культуры области за 2023 год</h3>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void anEventsCountriesAreNamedInThePagesLanguageNotGivenAsCodes(String lang) {
        List<String> codes = Api.given().get("/v1/events/shygys-salburyn-2023").then().statusCode(200).extract().jsonPath().getList("countries");
        assertEquals(List.of("CN", "KZ", "MN", "RU", "TR"), codes.stream().sorted().toList());
        String page = page("/explore/events/shygys-salburyn-2023?lang=" + lang);
        Matcher countries = Pattern.compile("<dd>([^<]*)</dd>").matcher(page.substring(page.indexOf(">" + switch (lang) {
            case "ru" -> "Страны-участницы";
            case "kk" -> "Қатысушы елдер";
            default -> "Countries taking part";
        } + "<")));
        assertTrue(countries.find(), page);
        List<String> names = List.of(countries.group(1).split(", "));
        assertEquals(5, names.size(), countries.group(1));
        List<String> expected = switch (lang) {
            case "ru" -> List.of("Казахстан", "Китай", "Монголия", "Россия");
            case "kk" -> List.of("Қазақстан", "Қытай", "Моңғолия", "Ресей");
            default -> List.of("China", "Kazakhstan", "Mongolia", "Russia");
        };
        assertTrue(names.containsAll(expected), names.toString());
        assertEquals(expected, names.stream().filter(expected::contains).toList(), "in the language's alphabetical order: " + names);
        codes.forEach(code -> assertFalse(names.contains(code), code + " is shown as a code: " + names));
    }

    @Test
    void aRegionsLevelAnEventsKindAndAnOrganisationsTypeAreWordsOfThePagesLanguage() {
        String region = page("/explore/regions/east-kazakhstan?lang=ru");
        assertTrue(region.contains("<dd><span lang=\"ru\">область</span>"), region);
        assertTrue(region.contains("<dd><code>630000000</code></dd>"), region);
        assertFalse(region.contains("· region"), region);
        assertTrue(page("/explore/regions/ulan-district?lang=kk").contains("<dd><span lang=\"kk\">аудан</span>"));
        String event = page("/explore/events/shygys-salburyn-2023?lang=ru");
        assertTrue(event.contains("<dd><span lang=\"ru\">фестиваль</span>"), event);
        assertFalse(event.contains(">festival<"), event);
        String organisation = page("/explore/organisations/ertis-concert?lang=kk");
        assertTrue(organisation.contains("<dd><span lang=\"kk\">концерттік ұйым</span>"), organisation);
        assertTrue(page("/explore/organisations/ertis-concert?lang=en").contains("<dd><span lang=\"en\">concert organisation</span>"));
    }

    @Test
    void anErrorPageGivesTheProblemsDetailInThePagesLanguageWhereTheApiTranslatesIt() {
        String detail = Api.raw().accept("application/json").post("/explore/indicators/creative-gva?lang=ru").then().statusCode(405)
                .extract().jsonPath().getString("detail");
        assertTrue(detail.startsWith("Этот ресурс"), detail);
        String page = Api.raw().accept(BROWSER_ACCEPT).post("/explore/indicators/creative-gva?lang=ru").then().statusCode(405)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(page.contains("<p lang=\"ru\">405 · " + html(detail) + "</p>"), page);
        // A detail no template translates stays English, and says so.
        String missing = Api.raw().accept(BROWSER_ACCEPT).get("/explore/indicators/no-such-indicator?lang=kk").then().statusCode(404).extract().asString();
        assertTrue(missing.contains("<p lang=\"en\">404 · No indicator &#39;no-such-indicator&#39;."), missing);
    }
}
