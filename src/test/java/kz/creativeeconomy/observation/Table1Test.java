package kz.creativeeconomy.observation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.support.Api;
import org.junit.jupiter.api.Test;

/** Every value of the paper's Table 1 reads back exactly, with unit, multiplier, status and source. */
@QuarkusTest
class Table1Test {

    /** Table 1 as printed (decimal commas as dots, thousands spaces removed; 2019 EKR GRP "40 24 968,4" read as 4024968.4). */
    private static final String TABLE_1 = """
            2018 creative-gva 594469.6 251620.5 183187.6 18610
            2018 gross-product 61819536.4 6705993.3 12132649.7 3589332.8
            2018 creative-gva-share 1.0 3.8 1.5 0.5
            2019 creative-gva 601506.1 243940.8 182521.4 20057.8
            2019 gross-product 69532626.5 7834828.5 13546958.4 4024968.4
            2019 creative-gva-share 0.9 3.1 1.3 0.5
            2020 creative-gva 619498.5 225252.6 188122.5 27815.1
            2020 gross-product 70649033.2 7975283.1 13459802.6 4605532.1
            2020 creative-gva-share 0.9 2.8 1.4 0.6
            2021 creative-gva 768219.7 288444.7 248629.6 28280.5
            2021 gross-product 83951587.9 8923711.8 15000060.4 3227619.2
            2021 creative-gva-share 0.9 3.2 1.7 0.9
            2022 creative-gva 954957.1 334312.5 337162.3 24890.6
            2022 gross-product 103765518.2 10672480.5 19154536.7 3916818.1
            2022 creative-gva-share 0.9 3.1 1.8 0.6
            2023 creative-gva 1202101.2 333281.8 462520.8 25049.9
            2023 gross-product 119442289.7 12960836.0 25229706.8 4459056.1
            2023 creative-gva-share 1.0 2.6 1.8 0.6
            """;
    private static final List<String> REGIONS = List.of("kazakhstan", "astana", "almaty", "east-kazakhstan");

    @Test
    void everyTable1ValueReadsBackExactly() {
        Map<String, BigDecimal> expected = new HashMap<>();
        TABLE_1.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
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
