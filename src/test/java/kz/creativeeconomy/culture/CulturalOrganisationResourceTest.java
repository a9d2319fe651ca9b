package kz.creativeeconomy.culture;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.ListPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class CulturalOrganisationResourceTest {

    private static final List<String> ALL = List.of("ekr-akimat", "ekr-creative-industries-council", "ekr-creative-industry-centre",
            "ekr-department-of-culture", "ekr-regional-drama-theatre", "ekr-regional-library", "ekr-regional-museum-reserve",
            "ertis-concert", "ertis-concert-hall", "kazakh-american-free-university");

    @Inject
    EntityManager entityManager;

    @Test
    void listsEveryOrganisationOfTheSeedOrderedById() {
        Api.given().get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(ALL))
                .body("next", nullValue());
    }

    @Test
    void regionIncludesEverythingInsideIt() {
        Api.given().queryParam("region", "east-kazakhstan").get("/v1/cultural-organisations").then().statusCode(200)
                // The university is placed in Ust-Kamenogorsk, a city inside the region.
                .body("items.id", equalTo(ALL));
        Api.given().queryParam("region", "631010000").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("kazakh-american-free-university")))
                .body("items[0].region.slug", equalTo("ust-kamenogorsk"));
    }

    @Test
    void regionOutsideEastKazakhstanFindsNothing() {
        Api.given().queryParam("region", "astana").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void typeFilterKeepsOnlyTheGivenTypes() {
        Api.given().queryParam("type", "museum").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("ekr-regional-museum-reserve")));
        Api.given().queryParam("type", "concert_organisation,concert_hall").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("ertis-concert", "ertis-concert-hall")))
                .body("items.type", contains("concert_organisation", "concert_hall"));
    }

    @Test
    void textSearchFindsLatinNamesWhateverTheCase() {
        Api.given().queryParam("q", "Ertis").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("ertis-concert", "ertis-concert-hall")));
        Api.given().queryParam("q", "eRTIS cONCERT").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", hasItem("ertis-concert"));
    }

    static Stream<Arguments> russianAndKazakhNames() {
        return Stream.of(Arguments.of("Акимат", "ekr-akimat"), Arguments.of("акимат", "ekr-akimat"),
                Arguments.of("Центр развития", "ekr-creative-industry-centre"),
                Arguments.of("ЕРКІН УНИВЕРСИТЕТІ", "kazakh-american-free-university"));
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @MethodSource("russianAndKazakhNames")
    void textSearchFindsRussianAndKazakhNamesWhateverTheCase(String q, String id) {
        Api.given().queryParam("q", q).get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void textSearchLooksIntoDescriptions() {
        Api.given().queryParam("q", "287 performances").get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("ekr-regional-drama-theatre")));
    }

    @Test
    void namesComeInTheRequestedLanguageAndSayWhenTheyFallBackToEnglish() {
        JsonPath ru = Api.given().queryParam("lang", "ru").get("/v1/cultural-organisations").then().statusCode(200).extract().jsonPath();
        assertEquals("Акимат Восточно-Казахстанской области", ru.getString("items.find { it.id == 'ekr-akimat' }.name"));
        assertEquals("ru", ru.getString("items.find { it.id == 'ekr-akimat' }.name_language"));
        assertEquals("Ertis Concert", ru.getString("items.find { it.id == 'ertis-concert' }.name"));
        assertEquals("en", ru.getString("items.find { it.id == 'ertis-concert' }.name_language"));
        assertEquals("ru", ru.getString("items.find { it.id == 'ekr-akimat' }.region.name_language"));

        Api.given().header("Accept-Language", "kk").get("/v1/cultural-organisations/kazakh-american-free-university").then().statusCode(200)
                .body("organisation.name", equalTo("Қазақстан-Американдық Еркін Университеті"))
                .body("organisation.name_language", equalTo("kk"))
                .body("organisation.names.en", equalTo("Kazakh-American Free University"))
                .body("organisation.names.ru", equalTo("Казахстанско-Американский Свободный Университет"))
                .body("organisation.description_language", equalTo("en"));
    }

    @Test
    void detailOfErtisConcertListsItsHallItsEventsAndItsConcertCount() {
        Api.given().get("/v1/cultural-organisations/ertis-concert").then().statusCode(200)
                .body("organisation.id", equalTo("ertis-concert"))
                .body("organisation.type", equalTo("concert_organisation"))
                .body("organisation.region.slug", equalTo("east-kazakhstan"))
                .body("organisation.parent", nullValue())
                .body("children.id", equalTo(List.of("ertis-concert-hall")))
                .body("events.id", equalTo(List.of("operetta-the-bat-2023")))
                .body("events[0].name", equalTo("Staging of the operetta \"The Bat\""))
                .body("events[0].organisation.id", equalTo("ertis-concert-hall"))
                .body("observations.size()", equalTo(1))
                .body("observations[0].indicator.code", equalTo("cultural-events"))
                .body("observations[0].breakdown.member", equalTo("ertis-concert-concerts"))
                .body("observations[0].period.code", equalTo("2023"))
                .body("observations[0].value", equalTo(130));
    }

    @Test
    void detailOfTheDramaTheatreCarriesIts287Performances() {
        Api.given().get("/v1/cultural-organisations/ekr-regional-drama-theatre").then().statusCode(200)
                .body("observations.breakdown.member", equalTo(List.of("drama-theatre-performances")))
                .body("observations[0].value", equalTo(287))
                .body("observations[0].source.id", equalTo("akimat-ekr-culture-2023-text"))
                .body("events", empty());
    }

    @Test
    void organisationWithoutLinkedFiguresHasNoObservations() {
        Api.given().get("/v1/cultural-organisations/ekr-regional-library").then().statusCode(200)
                .body("observations", empty())
                .body("events.id", equalTo(List.of("library-educational-programmes-2023")));
    }

    @Test
    void detailNamesTheParentAndCitesTheSource() {
        Api.given().get("/v1/cultural-organisations/ertis-concert-hall").then().statusCode(200)
                .body("organisation.parent.id", equalTo("ertis-concert"))
                .body("organisation.parent.name", equalTo("Ertis Concert"))
                .body("organisation.source.id", equalTo("akimat-ekr-culture-2023-table-3"))
                .body("organisation.source.reference_number", equalTo(26))
                .body("organisation.source.locator", equalTo("Table 3"))
                .body("organisation.source.url", equalTo("https://www.gov.kz/memleket/entities/akimvko/activities/181?lang=ru"))
                .body("children", empty())
                .body("observations", empty());
    }

    @Test
    void walkingThePagesVisitsEachOrganisationOnce() {
        List<JsonPath> pages = ListPages.walk("/v1/cultural-organisations?limit=4");
        List<String> seen = ListPages.itemIds(pages, 4);
        assertEquals(ALL, seen);
        assertEquals(3, pages.size());
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void pagesOfAFilteredListKeepTheFilter() {
        String next = Api.given().queryParam("q", "Ertis").queryParam("limit", 1).get("/v1/cultural-organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of("ertis-concert"))).extract().path("next");
        assertTrue(next.contains("q=Ertis"), next);
        Api.given().get(next).then().statusCode(200)
                .body("items.id", equalTo(List.of("ertis-concert-hall")))
                .body("next", nullValue());
    }

    @Test
    @TestTransaction
    void linkingAnOrganisationToABreakdownBumpsTheDataVersion() {
        long before = version();
        entityManager.createNativeQuery("insert into cultural_organisation_breakdown values ('ekr-regional-museum-reserve', 'cultural_activity', 'museum-events')")
                .executeUpdate();
        assertTrue(version() > before, "the data version did not change with cultural_organisation_breakdown");
    }

    private long version() {
        return ((Number) entityManager.createNativeQuery("select version from data_version").getSingleResult()).longValue();
    }

    @Test
    void unknownTypeIsRejectedListingTheTypesInUse() {
        Api.given().queryParam("type", "zoo").get("/v1/cultural-organisations").then().statusCode(400)
                .body("invalid_params[0].name", equalTo("type"))
                .body("invalid_params[0].allowed", containsString("concert_organisation"))
                .body("invalid_params[0].allowed", containsString("museum"))
                .body("invalid_params[0].allowed", not(containsString("zoo")));
    }
}
