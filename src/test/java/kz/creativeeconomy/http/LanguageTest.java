package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void langParameterChoosesNamesAndContentLanguage() {
        Api.given().queryParam("lang", "ru").get("/v1/regions/east-kazakhstan").then().statusCode(200)
                .header("Content-Language", "ru")
                .header("Vary", containsString("Accept-Language"))
                .body("region.name", equalTo("Восточно-Казахстанская область"))
                .body("region.name_language", equalTo("ru"));
        Api.given().queryParam("lang", "kk").get("/v1/regions/east-kazakhstan").then().statusCode(200)
                .header("Content-Language", "kk")
                .body("region.name", equalTo("Шығыс Қазақстан облысы"));
    }

    @Test
    void acceptLanguageIsUsedWhenLangIsAbsentAndLangWins() {
        Api.given().header("Accept-Language", "kk-KZ, ru;q=0.8").get("/v1/regions/astana").then().statusCode(200)
                .header("Content-Language", "kk")
                .body("region.name_language", equalTo("kk"));
        Api.given().header("Accept-Language", "kk").queryParam("lang", "ru").get("/v1/regions/astana").then().statusCode(200)
                .header("Content-Language", "ru")
                .body("region.name", equalTo("Астана"));
        Api.given().header("Accept-Language", "fr, de;q=0.5").get("/v1/regions/astana").then().statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void missingTranslationFallsBackToEnglishAndSaysSo() {
        // Event names are the paper's own (English) wording and no source gives them in Kazakh: they are not translated.
        Api.given().queryParam("lang", "kk").get("/v1/events/shygys-salburyn-2023").then().statusCode(200)
                .body("name", equalTo(Api.given().get("/v1/events/shygys-salburyn-2023").then().extract().path("name")))
                .body("name_language", equalTo("en"));
    }

    @Test
    void unitLabelsAreTranslated() {
        Api.given().queryParam("lang", "ru").queryParam("indicator", "cultural-attendance").queryParam("breakdown", "institution_type:libraries")
                .get("/v1/observations").then().statusCode(200)
                .body("items[0].unit_label", equalTo("тыс. посещений"))
                .body("items[0].unit_label_language", equalTo("ru"));
    }
}
