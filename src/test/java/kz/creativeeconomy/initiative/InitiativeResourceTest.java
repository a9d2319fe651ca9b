package kz.creativeeconomy.initiative;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeResourceTest {

    @Test
    void listsTheNineImplementedActivitiesOfTable8OrderedById() {
        Api.given().get("/v1/initiatives").then().statusCode(200)
                .body("items.id", equalTo(List.of("artists-craftsmen-exhibition-fair", "creative-centre-kafu-memorandum",
                        "creative-entrepreneurs-registered", "creative-industry-concept-draft", "domestic-cinematography-support",
                        "ekr-creative-industries-council-creation", "ekr-creative-industry-centre-creation",
                        "international-events-participation", "school-of-creative-industries-study")))
                .body("next", nullValue());
    }

    @Test
    void actorFilterKeepsOnlyThatActor() {
        Api.given().queryParam("actor", "university").get("/v1/initiatives").then().statusCode(200)
                .body("items.id", equalTo(List.of("creative-centre-kafu-memorandum", "school-of-creative-industries-study")))
                .body("items.actor", everyItem(equalTo("university")));
        Api.given().queryParam("actor", "government").get("/v1/initiatives").then().statusCode(200)
                .body("items.id", equalTo(List.of("domestic-cinematography-support", "ekr-creative-industries-council-creation",
                        "ekr-creative-industry-centre-creation")));
    }

    @Test
    void yearFilterLeavesOutInitiativesThePaperDoesNotDate() {
        Api.given().queryParam("year", "2023").get("/v1/initiatives").then().statusCode(200)
                .body("items.id", equalTo(List.of("creative-entrepreneurs-registered", "creative-industry-concept-draft",
                        "ekr-creative-industries-council-creation", "school-of-creative-industries-study")))
                .body("items.id", not(hasItem("creative-centre-kafu-memorandum")));
        Api.given().queryParam("actor", "university").queryParam("year", "2024").get("/v1/initiatives").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void anUndatedInitiativeHasANullYear() {
        Api.given().queryParam("actor", "university").get("/v1/initiatives").then().statusCode(200)
                .body("items.find { it.id == 'creative-centre-kafu-memorandum' }.year", nullValue())
                .body("items.find { it.id == 'creative-centre-kafu-memorandum' }.organisation.id", equalTo("kazakh-american-free-university"));
    }

    @Test
    void anInitiativeNamesItsOrganisationInTheRequestedLanguageAndCitesItsSource() {
        Api.given().queryParam("lang", "ru").queryParam("actor", "government").get("/v1/initiatives").then().statusCode(200)
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.organisation.name",
                        equalTo("Совет по развитию креативных индустрий"))
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.organisation.name_language", equalTo("ru"))
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.title",
                        equalTo("Creation of a council for the development of creative industries"))
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.source.id", equalTo("atameken-2023-council"))
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.source.reference_number", equalTo(29))
                .body("items.find { it.id == 'ekr-creative-industries-council-creation' }.source.url",
                        equalTo("https://atameken.kz/ru/news/50587-tvorcheskie-predprinimateli-vostoka-ob-edinilis-v-sovet-razvitiya-kreativnyh-industrij"));
    }

    @Test
    void pagesThroughInitiatives() {
        String next = Api.given().queryParam("limit", 5).get("/v1/initiatives").then().statusCode(200)
                .body("items.size()", equalTo(5)).extract().path("next");
        Api.given().get(next).then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body("items[0].id", equalTo("ekr-creative-industries-council-creation"))
                .body("next", nullValue());
    }
}
