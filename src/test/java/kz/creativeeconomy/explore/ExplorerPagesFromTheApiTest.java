package kz.creativeeconomy.explore;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
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
}
