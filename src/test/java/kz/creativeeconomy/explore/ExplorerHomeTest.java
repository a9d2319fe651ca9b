package kz.creativeeconomy.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** The explorer's front door lists every indicator once, by topic, the paper's own subject first. */
@QuarkusTest
class ExplorerHomeTest {

    private static final Pattern HEADING_OR_LINK = Pattern.compile("<h3>([^<]+)</h3>|href=\"/explore/indicators/([a-z0-9-]+)\\?");

    @Test
    void indicatorsAreGroupedByTopicWithTheCreativeEconomyFirstAndEachListedOnce() {
        String html = Api.raw().accept("text/html").get("/?lang=ru").then().statusCode(200).extract().asString();
        String section = html.substring(html.indexOf("id=\"indicators-heading\""), html.indexOf("id=\"regions-heading\""));
        List<String> headings = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Matcher m = HEADING_OR_LINK.matcher(section);
        while (m.find()) {
            if (m.group(1) != null) {
                headings.add(m.group(1));
            } else {
                codes.add(m.group(2));
            }
        }
        assertEquals("Креативная экономика", headings.get(0), headings.toString());
        assertEquals("Культура", headings.get(1), headings.toString());
        assertEquals("creative-gva", codes.get(0), "the paper's headline figure first: " + codes);
        List<String> api = Api.given().queryParam("limit", 1000).get("/v1/indicators").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(api.size(), codes.size(), "every indicator once: " + codes);
        assertTrue(codes.containsAll(api), codes.toString());
        assertEquals(headings.size(), headings.stream().distinct().count(), "a topic once: " + headings);
        List<String> regions = Pattern.compile("href=\"/explore/regions/([a-z0-9-]+)\\?").matcher(html.substring(html.indexOf("id=\"regions-heading\"")))
                .results().map(r -> r.group(1)).toList();
        assertEquals("kazakhstan", regions.get(0), "the Republic first: " + regions);
        assertEquals("world", regions.get(regions.size() - 1), "the world, a comparison, last: " + regions);
    }

    @Test
    void aMistypedPageAddressIs404NamingThePageItWasProbablyMeantToBe() {
        String indicator = Api.raw().accept("text/html").get("/explore/indicators/creative-gav?lang=en").then().statusCode(404).extract().asString();
        assertTrue(guesses(indicator, "creative-gva"), indicator);
        String region = Api.raw().accept("text/html").get("/explore/regions/east-kazakstan?lang=en").then().statusCode(404).extract().asString();
        assertTrue(guesses(region, "east-kazakhstan"), region);
        String nothing = Api.raw().accept("text/html").get("/explore/regions/mars?lang=en").then().statusCode(404).extract().asString();
        assertTrue(!nothing.contains("Did you mean"), "no guess for mars");
    }

    private static boolean guesses(String html, String key) {
        return html.contains("Did you mean &#39;" + key + "&#39;?") || html.contains("Did you mean '" + key + "'?");
    }
}
