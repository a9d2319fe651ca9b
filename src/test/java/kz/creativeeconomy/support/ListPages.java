package kz.creativeeconomy.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
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
}
