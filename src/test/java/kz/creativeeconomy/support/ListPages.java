package kz.creativeeconomy.support;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;

/** Walking a paginated list the way a client does: from a first URL along the {@code next} links. */
public final class ListPages {

    private ListPages() {
    }

    /** Every page from {@code first} to the one without a next link, each answered 200 within the contract. */
    public static List<JsonPath> walk(String first) {
        List<JsonPath> pages = new ArrayList<>();
        for (String next = first; next != null; next = pages.get(pages.size() - 1).getString("next")) {
            pages.add(Api.given().get(next).then().statusCode(200).extract().jsonPath());
        }
        return pages;
    }

    /** The item ids of all pages in order, checking that no page holds more than {@code limit} items. */
    public static <T> List<T> itemIds(List<JsonPath> pages, int limit) {
        List<T> ids = new ArrayList<>();
        for (JsonPath page : pages) {
            List<T> onPage = page.getList("items.id");
            assertTrue(onPage.size() <= limit, "a page holds more than limit=" + limit + " items: " + onPage.size());
            ids.addAll(onPage);
        }
        return ids;
    }

    /**
     * The first page of a list filtered by query ("name=value&name=value", each sent as a query parameter) holds exactly
     * these items, in order: ids separated by spaces, null for none.
     */
    public static void assertListed(String collection, String query, String ids) {
        RequestSpecification request = Api.given();
        for (String parameter : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            request = request.queryParam(nameAndValue[0], nameAndValue[1]);
        }
        request.get(collection).then().statusCode(200)
                .body("items.id", equalTo(ids == null ? List.of() : List.of(ids.split(" "))));
    }
}
