package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Editing regions: POST/PUT/DELETE /v1/regions. */
@QuarkusTest
class RegionEditingTest extends CatalogueEditingContract {

    /** One KATO-like code per test slug, so that a body built twice for the same region names the same code. */
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    RegionEditingTest() {
        super("/v1/regions", "region", "slug", "name_en", "region.names.en",
                List.of("code", "slug", "name_en", "level", "parent", "valid_to", "reason"),
                key -> body("code", codeOf(key), "slug", key, "name_en", "Test item " + key, "name_ru", "Тестовый район",
                        "level", "district", "parent", "east-kazakhstan", "valid_from", "2024-01-01", "note", "Created by a test",
                        "reason", "test: new district"),
                key -> body("code", "12345", "slug", "Bad Slug", "name_en", "", "level", "province", "parent", "mars",
                        "valid_from", "2025-01-01", "valid_to", "2024-12-31", "reason", ""));
    }

    private static String codeOf(String slug) {
        return CODES.computeIfAbsent(slug, s -> String.format("99%07d", nextNumber() % 10_000_000));
    }

    @Test
    void aNewRegionIsFoundByItsCodeAndInsideItsParent() {
        String slug = uniqueKey("district");
        create(slug);
        Api.given().get("/v1/regions/" + codeOf(slug)).then().statusCode(200)
                .body("region.slug", equalTo(slug))
                .body("region.parent.slug", equalTo("east-kazakhstan"))
                .body("region.valid_from", equalTo("2024-01-01"));
        Api.given().get("/v1/regions/east-kazakhstan").then().statusCode(200).body("children.slug", hasItem(slug));
    }

    @Test
    void aSlugWithoutALetterIsRejectedBecauseItWouldReadLikeACode() {
        Map<String, Object> item = newItem(uniqueKey("digits"));
        item.put("slug", "123456789");
        asEditor().body(item).post(collection).then().statusCode(422).body("errors.field", equalTo(List.of("slug")));
    }

    @Test
    void aRegionWithARegionInsideItCannotBeDeleted() {
        Nested nested = createNested();
        assertDeletableOnlyAfter(nested.innerPath(), nested.outerPath(), "region " + nested.outer(), "1 region inside it");
        Api.given().get(nested.outerPath()).then().statusCode(404);
    }

    @Test
    void aRegionCannotBeMovedIntoItselfOrARegionInsideIt() {
        Nested nested = createNested();
        assertCannotMoveInto(nested);
        Api.given().get(nested.outerPath()).then().statusCode(200).body("region.parent.slug", equalTo("east-kazakhstan"));
    }
}
