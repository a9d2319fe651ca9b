package kz.creativeeconomy.observation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Every value of the paper's Table 1 reads back exactly, with unit, multiplier, status and source. */
@QuarkusTest
class Table1Test {

    /** Table 1 as printed, one line a year and indicator (test resource observation/table1.txt, which says how it was read). */
    private static final String TABLE_1 = "/observation/table1.txt";
    private static final List<String> REGIONS = List.of("kazakhstan", "astana", "almaty", "east-kazakhstan");

    @Test
    void everyTable1ValueReadsBackExactly() throws IOException {
        Map<String, BigDecimal> expected = new HashMap<>();
        String table;
        try (InputStream in = Table1Test.class.getResourceAsStream(TABLE_1)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        table.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            String[] cells = line.split(" ");
            for (int column = 0; column < REGIONS.size(); column++) {
                expected.put(cells[1] + "|" + REGIONS.get(column) + "|" + cells[0], new BigDecimal(cells[2 + column]));
            }
        });
        JsonPath page = Api.given()
                .queryParam("indicator", "creative-gva,gross-product,creative-gva-share")
                .queryParam("region", String.join(",", REGIONS))
                .queryParam("from", "2018").queryParam("to", "2023").queryParam("frequency", "annual")
                .queryParam("breakdown", "none").queryParam("limit", 1000)
                .get("/v1/observations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        Map<String, BigDecimal> actual = new HashMap<>();
        for (int n = 0; n < items.size(); n++) {
            String key = page.getString("items[" + n + "].indicator.code") + "|" + page.getString("items[" + n + "].region.slug")
                    + "|" + page.getString("items[" + n + "].period.code");
            if (expected.containsKey(key)) {
                actual.put(key, new BigDecimal(page.getString("items[" + n + "].value")));
                assertEquals("bns-creative-gva-table-1", page.getString("items[" + n + "].source.id"), key);
                assertEquals(24, page.getInt("items[" + n + "].source.reference_number"), key);
            }
        }
        assertEquals(72, expected.size());
        assertEquals(expected.keySet(), actual.keySet());
        // compareTo is not enough: the published scale (1.0, not 1) is part of the value.
        expected.forEach((key, value) -> assertEquals(value.toPlainString(), actual.get(key).toPlainString(), key));
    }

    @Test
    void ekrCreativeGvaHasSixValuesInMillionsOfTenge() {
        Api.given().queryParam("indicator", "creative-gva").queryParam("region", "east-kazakhstan").queryParam("frequency", "annual")
                .get("/v1/observations").then().statusCode(200)
                .body("items.size()", equalTo(6))
                .body("items.period.code", equalTo(List.of("2018", "2019", "2020", "2021", "2022", "2023")))
                .body("items[5].value", equalTo(new BigDecimal("25049.9")))
                .body("items.unit", equalTo(List.of("KZT", "KZT", "KZT", "KZT", "KZT", "KZT")))
                .body("items.unit_multiplier", equalTo(List.of(6, 6, 6, 6, 6, 6)))
                .body("items[0].source.locator", equalTo("Table 1"))
                .body("items[0].status", equalTo("final"));
    }

    @Test
    void valuesAreExactDecimalsInTheJsonText() {
        String body = Api.given().queryParam("indicator", "gross-product").queryParam("region", "kazakhstan").queryParam("period", "2022")
                .get("/v1/observations").then().statusCode(200).extract().asString();
        // 103765518.2 would lose its last digit through a float; it must be written as printed.
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"value\":103765518.2"), body);
    }
}
