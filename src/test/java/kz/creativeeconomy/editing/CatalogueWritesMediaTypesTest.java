package kz.creativeeconomy.editing;

import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.creativeeconomy.support.Api;
import kz.creativeeconomy.support.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writes every catalogue inherits from CatalogueWrites answer JSON only, as they did when each resource declared its
 * own under a class-level @Produces: a DELETE asking for another type is refused with 406 before anything is looked up.
 */
@QuarkusTest
class CatalogueWritesMediaTypesTest {

    @Inject
    Keys keys;

    @ParameterizedTest(name = "DELETE {0} with Accept: text/csv")
    @ValueSource(strings = {"/v1/regions/test-no-such-region", "/v1/indicators/test-no-such-indicator", "/v1/sources/test-no-such-source",
            "/v1/cultural-organisations/test-no-such-organisation", "/v1/events/test-no-such-event",
            "/v1/initiatives/test-no-such-initiative", "/v1/challenges/test-no-such-challenge"})
    void aDeleteThatAsksForAnotherTypeThanJsonIsRefusedWith406(String path) {
        Api.raw().header("Authorization", Keys.bearer(keys.editor())).header("If-Match", "*").accept("text/csv")
                .queryParam("reason", "media type test").delete(path).then()
                .statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }
}
