package kz.creativeeconomy.http;

import static kz.creativeeconomy.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/**
 * sparse=true: JSON-stat with value as an object of the non-empty cells (JSON-stat 2.0 allows value and status as
 * objects keyed by cell index). jsonstat-toolkit reads every value of it exactly as of the dense form.
 */
@QuarkusTest
class JsonStatSparseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSparseDatasetOfAllObservationsHasEveryValueOfTheDenseOneInAFractionOfTheBytes() throws Exception {
        String dense = Api.given().get("/v1/observations?format=json-stat").then().statusCode(200).extract().asString();
        String sparse = Api.given().get("/v1/observations?format=json-stat&sparse=true").then().statusCode(200).extract().asString();
        assertTrue(MAPPER.readTree(dense).get("value").isArray(), "without sparse the URL answers as before: value is an array");
        JsonNode sparseValue = MAPPER.readTree(sparse).get("value");
        assertTrue(sparseValue.isObject(), "value is an object of cell index to value");
        sparseValue.forEach(v -> assertTrue(v.isNumber(), "no null is listed: " + v));
        JsonNode fromDense = JsonStatTest.loadWithJsonstatToolkit(dense);
        JsonNode fromSparse = JsonStatTest.loadWithJsonstatToolkit(sparse);
        assertEquals(fromDense.get("n"), fromSparse.get("n"));
        assertEquals(fromDense.get("size"), fromSparse.get("size"));
        assertEquals(fromDense.get("cells"), fromSparse.get("cells"), "every value and status, at the same coordinates");
        assertEquals(sparseValue.size(), fromSparse.get("cells").size());
        assertTrue(sparse.length() * 3 < dense.length(), "sparse " + sparse.length() + " bytes, dense " + dense.length());
    }

    @Test
    void sparseIsABooleanAndOnlyForJsonStat() {
        assertProblem(Api.given().get("/v1/observations?format=json-stat&sparse=yes").then(), 400);
        assertProblem(Api.given().get("/v1/observations?sparse=true").then(), 400);
    }
}
