package kz.creativeeconomy.event;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.ListPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EventResourceTest {

    /** The six activities of Table 3 (cultural sector activities of EKR in 2023), in id order. */
    private static final String TABLE_3_IDS = "city-of-masters-2023 library-educational-programmes-2023 night-at-the-museum-2023"
            + " operetta-the-bat-2023 shygys-salburyn-2023 souvenir-of-the-east-2023";
    private static final List<String> TABLE_3 = List.of(TABLE_3_IDS.split(" "));
    /** The Creative Central Asia forums of 2017 to 2019, in id order. */
    private static final String FORUMS = "creative-central-asia-forum-2017 creative-central-asia-forum-2018 creative-central-asia-forum-2019";

    @Test
    void listsEveryEventOrderedByYearThenId() {
        List<String> ids = List.of("creative-central-asia-forum-2017", "creative-central-asia-forum-2018", "creative-central-asia-forum-2019",
                "city-of-masters-2023", "forum-creative-industries-central-asia-2023", "library-educational-programmes-2023",
                "night-at-the-museum-2023", "operetta-the-bat-2023", "shygys-salburyn-2023", "souvenir-of-the-east-2023",
                "artists-craftsmen-fair-ust-kamenogorsk-2024");
        Api.given().get("/v1/events").then().statusCode(200)
                .body("items.id", equalTo(ids))
                .body("next", nullValue());
    }

    @Test
    void year2023InEastKazakhstanListsTheSixTable3Events() {
        Api.given().queryParam("year", "2023").queryParam("region", "east-kazakhstan").get("/v1/events").then().statusCode(200)
                .body("items.id", equalTo(TABLE_3))
                .body("items.source.locator", everyItem(equalTo("Table 3")))
                .body("items.year", everyItem(equalTo(2023)));
    }

    @Test
    void regionIncludesTheDistrictsAndCitiesInsideIt() {
        JsonPath ekr = Api.given().queryParam("region", "east-kazakhstan").get("/v1/events").then().statusCode(200).extract().jsonPath();
        List<String> ids = ekr.getList("items.id");
        assertTrue(ids.contains("artists-craftsmen-fair-ust-kamenogorsk-2024"), "Ust-Kamenogorsk is inside the region: " + ids);
        assertTrue(ids.contains("shygys-salburyn-2023"), "Ulan district is inside the region: " + ids);
        assertEquals(7, ids.size(), ids.toString());
        Api.given().queryParam("region", "ust-kamenogorsk").get("/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of("artists-craftsmen-fair-ust-kamenogorsk-2024")))
                .body("items[0].region.slug", equalTo("ust-kamenogorsk"));
    }

    @Test
    void countryFilterFindsShygysSalburynByMongolia() {
        Api.given().queryParam("country", "MN").get("/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of("shygys-salburyn-2023")))
                .body("items[0].countries", equalTo(List.of("CN", "KZ", "MN", "RU", "TR")));
    }

    @Test
    void datesAreGivenOnlyWhenThePaperPrintsTheDay() {
        Api.given().get("/v1/events/forum-creative-industries-central-asia-2023").then().statusCode(200)
                .body("start_date", equalTo("2023-11-24"))
                .body("end_date", equalTo("2023-11-26"))
                .body("date_precision", equalTo("day"))
                .body("region.slug", equalTo("almaty"));
        Api.given().get("/v1/events/shygys-salburyn-2023").then().statusCode(200)
                .body("start_date", nullValue())
                .body("end_date", nullValue())
                .body("date_precision", equalTo("year"))
                .body("year", equalTo(2023));
    }

    @Test
    void fromAndToMatchAnEventWithPrintedDaysByItsDays() {
        Api.given().queryParam("from", "2023-11-26").queryParam("to", "2023-11-26").get("/v1/events").then().statusCode(200)
                .body("items.id", hasItem("forum-creative-industries-central-asia-2023"));
        Api.given().queryParam("from", "2023-11-27").queryParam("to", "2023-12-31").get("/v1/events").then().statusCode(200)
                .body("items.id", not(hasItem("forum-creative-industries-central-asia-2023")))
                .body("items.id", hasItem("operetta-the-bat-2023"));
    }

    @Test
    void organisationFilterIncludesTheOrganisationsInsideIt() {
        Api.given().queryParam("organisation", "ertis-concert").get("/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of("operetta-the-bat-2023")))
                .body("items[0].organisation.id", equalTo("ertis-concert-hall"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "a region elsewhere finds only its own events | region=astana                             |",
            "a region elsewhere finds only its own events | region=almaty                             | forum-creative-industries-central-asia-2023",
            "a country code in any case                   | country=mn                                | shygys-salburyn-2023",
            "every event a country took part in           | country=GB                                | " + FORUMS,
            "a valid country without events finds nothing | country=FR                                |",
            "an event known only by its year overlaps     | from=2023-06-01&to=2023-06-30             | " + TABLE_3_IDS,
            "an event known only by its year overlaps     | to=2019-01-01                             | " + FORUMS,
            "an event known only by its year overlaps     | from=2024-12-31                           | artists-craftsmen-fair-ust-kamenogorsk-2024",
            "kind keeps only the given kinds              | kind=festival                             | shygys-salburyn-2023 souvenir-of-the-east-2023",
            "kind keeps only the given kinds              | kind=fair&kind=performance                | operetta-the-bat-2023 artists-craftsmen-fair-ust-kamenogorsk-2024",
            "organisation finds the events it organised   | organisation=ekr-regional-museum-reserve  | city-of-masters-2023",
            "organisation finds the events it organised   | organisation=ekr-akimat                   |",
            "text search looks into names and texts       | q=the bat                                 | operetta-the-bat-2023",
            "text search looks into names and texts       | q=MONGOLIA                                | shygys-salburyn-2023",
            "text search looks into names and texts       | q=ulansky                                 | shygys-salburyn-2023",
            "filters combine with and                     | region=east-kazakhstan&kind=festival&country=TR | shygys-salburyn-2023",
            "filters combine with and                     | region=east-kazakhstan&country=GB         |",
    })
    void aFilterListsExactlyItsEventsInOrder(String behaviour, String query, String ids) {
        ListPages.assertListed("/v1/events", query, ids);
    }

    @Test
    void anEventCarriesItsOrganisationTextsAndCitation() {
        Api.given().get("/v1/events/operetta-the-bat-2023").then().statusCode(200)
                .body("name", equalTo("Staging of the operetta \"The Bat\""))
                .body("name_language", equalTo("en"))
                .body("kind", equalTo("performance"))
                .body("recurrence", equalTo("one_off"))
                .body("place", equalTo("Ertis Concert Hall"))
                .body("organisation.id", equalTo("ertis-concert-hall"))
                .body("organiser", nullValue())
                .body("target", equalTo("Development of theatrical art, support of creative youth"))
                .body("results", equalTo("A successful debut, increasing interest in classical art among young people"))
                .body("countries", empty())
                .body("source.id", equalTo("akimat-ekr-culture-2023-table-3"))
                .body("source.reference_number", equalTo(26))
                .body("source.locator", equalTo("Table 3"))
                .body("source.title", equalTo("Информация по сфере культуры области за 2023 год"));
    }

    @Test
    void anEventThePaperDoesNotPlaceHasNoRegion() {
        Api.given().get("/v1/events/creative-central-asia-forum-2018").then().statusCode(200)
                .body("region", nullValue())
                .body("countries", equalTo(List.of("GB", "KG", "KZ", "TJ", "TM", "UZ")));
    }

    @Test
    void namesFallBackToEnglishAndSaySo() {
        Api.given().queryParam("lang", "kk").get("/v1/events/shygys-salburyn-2023").then().statusCode(200)
                .body("name", equalTo("International festival \"Shygys Salburyn 2023\""))
                .body("name_language", equalTo("en"))
                .body("region.name", equalTo("Ұлан ауданы"))
                .body("region.name_language", equalTo("kk"));
    }

    @Test
    void walkingThePagesOfAFilteredListVisitsEachEventOnce() {
        List<String> seen = new ArrayList<>();
        for (JsonPath page : ListPages.walk("/v1/events?region=east-kazakhstan&limit=3")) {
            seen.addAll(page.getList("items.id"));
            String next = page.getString("next");
            if (next != null) {
                assertTrue(next.contains("region=east-kazakhstan"), next);
            }
        }
        List<String> expected = new ArrayList<>(TABLE_3);
        expected.add("artists-craftsmen-fair-ust-kamenogorsk-2024");
        assertEquals(expected, seen);
    }
}
