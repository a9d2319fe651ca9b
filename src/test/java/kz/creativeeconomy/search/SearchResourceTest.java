package kz.creativeeconomy.search;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /v1/search on the seed data: one search over indicators and their members, regions, organisations and events. */
@QuarkusTest
class SearchResourceTest {

    private static JsonPath search(String query) {
        return Api.given().queryParam("q", query).get("/v1/search").then().statusCode(200).extract().jsonPath();
    }

    private static boolean hasHit(JsonPath result, String kind, String id, String member) {
        List<Map<String, Object>> items = result.getList("items");
        return items.stream().anyMatch(item -> kind.equals(item.get("kind")) && id.equals(item.get("id"))
                && (member == null || item.get("breakdown") != null && member.equals(((Map<?, ?>) item.get("breakdown")).get("member"))));
    }

    @Test
    void museumFindsTheMuseumShareOfOrganisationsTheMuseumReserveAndMuseumEvents() {
        JsonPath result = search("museum");
        assertTrue(hasHit(result, "indicator", "cultural-organisations-share", "museums"), result.prettify());
        assertTrue(hasHit(result, "cultural_organisation", "ekr-regional-museum-reserve", null), result.prettify());
        assertTrue(hasHit(result, "event", "night-at-the-museum-2023", null), result.prettify());
        Map<String, Object> share = result.<Map<String, Object>>getList("items").stream()
                .filter(item -> "cultural-organisations-share".equals(item.get("id"))).findFirst().orElseThrow();
        assertTrue(((String) share.get("page_url")).endsWith("/explore/indicators/cultural-organisations-share?region=east-kazakhstan&breakdown=organisation_type%3Amuseums"),
                share.toString());
        assertTrue(((String) share.get("url")).endsWith("/v1/indicators/cultural-organisations-share"), share.toString());
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({"EKR, east-kazakhstan", "ВКО, east-kazakhstan", "Semipalatinsk, semey"})
    void aRegionsAbbreviationOrFormerNameFindsTheRegionFirst(String query, String region) {
        // seven organisations' ids begin with ekr- and score as high on their names: the whole alias puts the region first
        Map<String, Object> first = search(query).<Map<String, Object>>getList("items").get(0);
        assertEquals("region", first.get("kind"), query + " -> " + first);
        assertEquals(region, first.get("id"), query + " -> " + first);
    }

    @ParameterizedTest(name = "{0} finds {1} {2}")
    @CsvSource({
            "музей, indicator, cultural-organisations-share",          // Russian, Cyrillic
            "muzei, indicator, cultural-organisations-share",          // Russian, typed in Latin
            "Мұражайлар, indicator, cultural-organisations-share",     // Kazakh
            "Өскемен, region, ust-kamenogorsk",                        // Kazakh name of Ust-Kamenogorsk
            "oskemen, region, ust-kamenogorsk",                        // the same, in Latin
            "Абай, region, abai",
            "ВКО, region, east-kazakhstan",                            // the abbreviations of East Kazakhstan: Russian,
            "ШҚО, region, east-kazakhstan",                            // Kazakh
            "EKR, region, east-kazakhstan",                            // and English
            "Semipalatinsk, region, semey",                            // a former name
            "Нур-Султан, region, astana",
            "festval, event, shygys-salburyn-2023",                    // a letter missing from "festival"
            "musuem, cultural_organisation, ekr-regional-museum-reserve" // two letters swapped
    })
    void findsNamesInEveryLanguageAndScriptAndForgivesTypos(String query, String kind, String id) {
        JsonPath result = search(query);
        assertTrue(hasHit(result, kind, id, null), query + " -> " + result.prettify());
    }

    @Test
    void namesComeInTheRequestedLanguageAndSayWhenTheyFallBackToEnglish() {
        JsonPath kazakh = Api.given().queryParam("q", "museum").queryParam("lang", "kk").get("/v1/search").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> share = kazakh.<Map<String, Object>>getList("items").stream()
                .filter(item -> "cultural-organisations-share".equals(item.get("id"))).findFirst().orElseThrow();
        Map<?, ?> breakdown = (Map<?, ?>) share.get("breakdown");
        assertEquals("Мұражайлар", breakdown.get("name"));
        assertEquals("kk", breakdown.get("name_language"));
        Map<String, Object> event = kazakh.<Map<String, Object>>getList("items").stream()
                .filter(item -> "night-at-the-museum-2023".equals(item.get("id"))).findFirst().orElseThrow();
        assertEquals("Night at the Museum", event.get("name"));
        assertEquals("en", event.get("name_language"), "no Kazakh name in the seed: English, and said so");
    }

    @Test
    void bestHitsComeFirstAndLimitCutsTheList() {
        JsonPath result = Api.given().queryParam("q", "museum").queryParam("limit", "2").get("/v1/search").then().statusCode(200)
                .extract().jsonPath();
        List<Float> scores = result.getList("items.score", Float.class);
        assertEquals(2, scores.size());
        assertTrue(scores.get(0) >= scores.get(1), scores.toString());
    }

    @Test
    void aQueryMatchingNothingIsAnEmptyList() {
        Api.given().queryParam("q", "zzqqxxjj").get("/v1/search").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        Api.given().queryParam("q", "%%").get("/v1/search").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"a", "' '"})
    void rejectsQueriesShorterThanTwoCharacters(String query) {
        assertProblem(Api.given().queryParam("q", query).get("/v1/search").then(), 400).body("invalid_params[0].name", equalTo("q"));
    }

    @Test
    void rejectsAMissingQueryAndALimitOutOfRange() {
        assertProblem(Api.given().get("/v1/search").then(), 400).body("detail", containsString("q"));
        assertProblem(Api.given().queryParam("q", "museum").queryParam("limit", "101").get("/v1/search").then(), 400)
                .body("invalid_params[0].name", equalTo("limit"));
    }
}
