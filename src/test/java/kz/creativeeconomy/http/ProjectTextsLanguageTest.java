package kz.creativeeconomy.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every text the project writes itself — footnotes, indicator names and definitions, breakdown names, unit labels,
 * problem titles, the words of formulas — is served in Kazakh and Russian, and none falls back to English without
 * saying so. Texts a source gives (source titles, event names) stay as the source gives them, with their language.
 */
@QuarkusTest
class ProjectTextsLanguageTest {

    /**
     * The seed's observations as the seed published them: other test classes share the database and add or edit
     * observations (with English test footnotes), so "every footnote" means every footnote of the paper's data.
     */
    private static JsonPath observations(String lang) {
        String seeded = Api.given().get("/v1/observations/1/revisions").then().statusCode(200)
                .body("items[0].changed_by", equalTo("seed")).extract().path("items[0].recorded_at");
        return Api.given().queryParam("lang", lang).queryParam("limit", "1000").queryParam("as_of", seeded).get("/v1/observations")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<Integer, Map<String, Object>> byId(JsonPath page) {
        Map<Integer, Map<String, Object>> items = new HashMap<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            items.put(((Number) item.get("id")).intValue(), item);
        }
        return items;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void everyFootnoteUnitLabelAndNameOfEveryObservationIsInTheLanguageAsked(String lang) {
        Map<Integer, Map<String, Object>> english = byId(observations("en"));
        Map<Integer, Map<String, Object>> translated = byId(observations(lang));
        assertEquals(english.keySet(), translated.keySet());
        int footnotes = 0;
        int fallbacks = 0;
        for (Map.Entry<Integer, Map<String, Object>> entry : translated.entrySet()) {
            Map<String, Object> item = entry.getValue();
            Map<String, Object> en = english.get(entry.getKey());
            if (en.get("footnote") != null) {
                footnotes++;
                if (!lang.equals(item.get("footnote_language")) || item.get("footnote").equals(en.get("footnote"))) {
                    fallbacks++;
                }
            }
            assertEquals(lang, item.get("unit_label_language"), "unit label of observation " + entry.getKey());
            assertNotEquals(en.get("unit_label"), item.get("unit_label"), "unit label of observation " + entry.getKey());
            assertEquals(lang, ((Map<?, ?>) item.get("indicator")).get("name_language"), "indicator name of observation " + entry.getKey());
            if (item.get("breakdown") != null) {
                assertEquals(lang, ((Map<?, ?>) item.get("breakdown")).get("name_language"), "breakdown of observation " + entry.getKey());
            }
            Map<?, ?> source = (Map<?, ?>) item.get("source");
            // The source's own title, untranslated, with the language it is in.
            assertEquals(((Map<?, ?>) en.get("source")).get("title"), source.get("title"));
            String titleLanguage = (String) source.get("title_language");
            assertEquals(((String) source.get("title")).matches(".*[А-Яа-я].*") ? "ru" : "en", titleLanguage, "source " + source.get("id"));
        }
        assertEquals(115, translated.size());
        assertEquals(115, footnotes, "every seed observation has a footnote");
        assertEquals(0, fallbacks, "footnotes served in English under lang=" + lang);
    }

    @Test
    void englishObservationsCarryNoLanguageMarkersOfTheirOwn() {
        for (Map<String, Object> item : observations("en").<Map<String, Object>>getList("items")) {
            assertFalse(item.containsKey("footnote_language"));
            assertFalse(((Map<?, ?>) item.get("source")).containsKey("title_language"));
        }
    }

    @Test
    void footnoteKeepsThePapersQuotationAndTranslatesTheProjectsWords() {
        JsonPath en = Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan").queryParam("period", "2018")
                .get("/v1/observations").then().statusCode(200).extract().jsonPath();
        assertEquals("Printed \"18 610\" (no decimal) under the unit \"in tenge\"; millions of tenge, stored in KZT million.",
                en.getString("items[0].footnote"));
        Api.given().queryParam("lang", "ru").queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan")
                .queryParam("period", "2018").get("/v1/observations").then().statusCode(200)
                .body("items[0].footnote", equalTo("Напечатано \"18 610\" (без десятичного знака) с единицей \"in tenge\"; это миллионы тенге, хранится в млн KZT."))
                .body("items[0].footnote_language", equalTo("ru"))
                .body("items[0].source.title_language", equalTo("en"));
        Api.given().queryParam("lang", "kk").queryParam("indicator", "creative-gva-share").queryParam("region", "kazakhstan")
                .queryParam("period", "2019").get("/v1/observations").then().statusCode(200)
                .body("items[0].footnote", equalTo("\"0,9\" деп басылған (ЖІӨ-дегі үлесі, %)."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void everyIndicatorNameAndDefinitionIsInTheLanguageAsked(String lang) {
        // The seed's indicators (every one has observations); other test classes add indicators of their own.
        java.util.Set<String> seeded = new java.util.HashSet<>(observations("en").getList("items.indicator.code"));
        assertEquals(27, seeded.size());
        List<Map<String, Object>> english = Api.given().queryParam("limit", "1000").get("/v1/indicators").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").stream().filter(i -> seeded.contains(i.get("code"))).toList();
        List<Map<String, Object>> translated = Api.given().queryParam("lang", lang).queryParam("limit", "1000").get("/v1/indicators")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> seeded.contains(i.get("code"))).toList();
        assertEquals(27, english.size());
        assertEquals(27, translated.size());
        int fallbacks = 0;
        for (int n = 0; n < translated.size(); n++) {
            Map<String, Object> item = translated.get(n);
            assertEquals(english.get(n).get("code"), item.get("code"));
            if (!lang.equals(item.get("name_language")) || !lang.equals(item.get("definition_language"))
                    || item.get("definition").equals(english.get(n).get("definition")) || item.get("name").equals(english.get(n).get("name"))) {
                fallbacks++;
            }
            assertFalse(english.get(n).containsKey("definition_language"));
        }
        assertEquals(0, fallbacks, "indicator names or definitions served in English under lang=" + lang);
    }

    @Test
    void problemTitlesAndDetailsAreInTheLanguageAsked() {
        Api.given().queryParam("regoin", "x").get("/v1/observations").then().statusCode(400)
                .body("title", equalTo("Unknown query parameter"))
                .body("detail", org.hamcrest.Matchers.startsWith("This endpoint does not know the parameter(s) regoin. Allowed: "))
                .body("invalid_params[0].reason", equalTo("unknown parameter"));
        Map<String, String> titles = Map.of("ru", "Неизвестный параметр запроса", "kk", "Белгісіз сұрау параметрі");
        Map<String, String> reasons = Map.of("ru", "неизвестный параметр", "kk", "белгісіз параметр");
        for (String lang : List.of("ru", "kk")) {
            JsonPath problem = Api.given().queryParam("lang", lang).queryParam("regoin", "x").get("/v1/observations").then().statusCode(400)
                    .contentType("application/problem+json").extract().jsonPath();
            assertEquals("urn:creative-economy:problem:unknown-parameter", problem.getString("type"));
            assertEquals(titles.get(lang), problem.getString("title"));
            assertTrue(problem.getString("detail").startsWith(lang.equals("ru") ? "Этот адрес не принимает параметр(ы) regoin." : "Бұл мекенжай regoin"),
                    problem.getString("detail"));
            assertEquals("regoin", problem.getString("invalid_params[0].name"));
            assertEquals(reasons.get(lang), problem.getString("invalid_params[0].reason"));
        }
        Api.given().header("Accept-Language", "kk").get("/v1/indicators/no-such-indicator").then().statusCode(404)
                .body("title", equalTo("Ресурс табылмады"));
        Api.given().get("/v1/indicators/no-such-indicator").then().statusCode(404)
                .body("title", equalTo("Resource not found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void seriesGivesTotalChangeUnitLabelAndSourceInTheLanguageAsked(String lang) {
        JsonPath series = Api.given().queryParam("lang", lang).queryParam("region", "kazakhstan").queryParam("from", "2018").queryParam("to", "2023")
                .get("/v1/indicators/creative-gva/series").then().statusCode(200).extract().jsonPath();
        assertEquals(new BigDecimal("202.21"), series.get("items[5].index.value"));
        assertEquals(new BigDecimal("102.21"), series.get("change_percent.value"));
        assertEquals(new BigDecimal("607631.6"), series.get("change.value"));
        assertEquals("(1202101.2 - 594469.6) / 594469.6 * 100", series.getString("change_percent.computation"));
        assertEquals(Map.of("en", "million tenge", "ru", "млн тенге", "kk", "млн теңге").get(lang), series.getString("unit_label"));
        assertEquals(lang, series.getString("unit_label_language"));
        assertEquals("bns-creative-gva-table-1", series.getString("sources[0].id"));
        assertEquals(lang.equals("en") ? null : "en", series.getString("sources[0].title_language"));
        assertEquals(Map.of("en", "HALF_EVEN to 2 decimals", "ru", "HALF_EVEN до 2 знаков после запятой",
                "kk", "HALF_EVEN, үтірден кейін 2 таңбаға дейін").get(lang), series.getString("change_percent.rounding"));
        String cagr = series.getString("cagr.formula");
        assertTrue(cagr.startsWith("((v[last] / v[first]) ^ (1 / years) - 1) * 100, years = "), cagr);
        assertEquals(lang.equals("en"), cagr.contains("start of last period"), cagr);
        assertEquals(Map.of("en", "no value for the same period one year earlier (starting 2017-01-01)",
                "ru", "нет значения за тот же период годом ранее (начало 2017-01-01)",
                "kk", "бір жыл бұрынғы сол кезеңнің мәні жоқ (басталуы 2017-01-01)").get(lang), series.getString("items[0].yoy_change.reason"));
    }

    @Test
    void csvKeepsItsColumnsInEveryLanguageAndCarriesTheTranslatedFootnote() {
        String en = Api.given().queryParam("format", "csv").queryParam("indicator", "net-migration").get("/v1/observations")
                .then().statusCode(200).extract().asString();
        String kk = Api.given().queryParam("format", "csv").queryParam("indicator", "net-migration").queryParam("lang", "kk").get("/v1/observations")
                .then().statusCode(200).extract().asString();
        assertEquals(en.lines().findFirst().orElseThrow(), kk.lines().findFirst().orElseThrow());
        assertFalse(en.lines().findFirst().orElseThrow().contains("language,footnote") || en.contains("footnote_language"));
        assertTrue(kk.contains("Басылғаны: \"\"Net migration: -3382 persons through January-December 2024\"\"."), kk);
    }
}
