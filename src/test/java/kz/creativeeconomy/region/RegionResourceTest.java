package kz.creativeeconomy.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionResourceTest {

    @Test
    void listsTheSeededRegionsWithTheirCodes() {
        Api.given().get("/v1/regions").then().statusCode(200)
                .body("items.code", hasItems("KZ", "710000000", "750000000", "630000000", "100000000", "631010000"))
                .body("items.slug", hasItems("kazakhstan", "astana", "almaty", "east-kazakhstan", "abai", "ust-kamenogorsk", "ulan-district"));
    }

    @Test
    void filtersByLevel() {
        Api.given().queryParam("level", "city_of_republican_significance").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItems("astana", "almaty"))
                .body("items.level", everyItem(equalTo("city_of_republican_significance")));
    }

    @Test
    void filtersByParentGivenAsCodeOrSlug() {
        Api.given().queryParam("parent", "east-kazakhstan").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItems("ust-kamenogorsk", "ulan-district"))
                .body("items.parent.slug", everyItem(equalTo("east-kazakhstan")));
        Api.given().queryParam("parent", "630000000").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItem("ust-kamenogorsk"));
    }

    @Test
    void validOnHidesRegionsThatDidNotExistYet() {
        Api.given().queryParam("valid_on", "2021-01-01").get("/v1/regions").then().statusCode(200)
                .body("items.slug", not(hasItem("abai")))
                .body("items.slug", hasItem("east-kazakhstan"));
        Api.given().queryParam("valid_on", "2023-01-01").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItem("abai"));
    }

    @Test
    void textSearchFindsLatinAndCyrillicNames() {
        Api.given().queryParam("q", "east kaz").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItem("east-kazakhstan"));
        Api.given().queryParam("q", "Восточно").get("/v1/regions").then().statusCode(200)
                .body("items.slug", hasItem("east-kazakhstan"))
                .body("items.slug", not(hasItem("astana")));
    }

    @Test
    void abaiSplitFromEastKazakhstanIsVisibleFromBothSides() {
        Api.given().get("/v1/regions/abai").then().statusCode(200)
                .body("region.code", equalTo("100000000"))
                .body("region.valid_from", equalTo("2022-06-08"))
                .body("predecessors.region.slug", hasItem("east-kazakhstan"))
                .body("predecessors[0].changed_on", equalTo("2022-06-08"))
                .body("predecessors[0].kind", equalTo("split"));
        Api.given().get("/v1/regions/630000000").then().statusCode(200)
                .body("region.slug", equalTo("east-kazakhstan"))
                .body("successors.region.slug", hasItem("abai"))
                .body("children.slug", hasItems("ust-kamenogorsk", "ulan-district"))
                .body("region.parent.code", equalTo("KZ"));
    }

    @Test
    void namesComeInThreeLanguages() {
        Api.given().get("/v1/regions/east-kazakhstan").then().statusCode(200)
                .body("region.names.en", equalTo("East Kazakhstan Region"))
                .body("region.names.ru", equalTo("Восточно-Казахстанская область"))
                .body("region.names.kk", equalTo("Шығыс Қазақстан облысы"));
    }

    @Test
    void pagesThroughRegions() {
        String next = Api.given().queryParam("limit", 2).get("/v1/regions").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().path("next");
        Api.given().get(next).then().statusCode(200).body("items.size()", equalTo(2));
    }
}
