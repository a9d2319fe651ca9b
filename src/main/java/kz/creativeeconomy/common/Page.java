package kz.creativeeconomy.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, the absolute URL of the next page and that page's cursor alone (null on the last
 * page), so a client can keep its own base URL and pass only the cursor.
 */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's stable order.") List<T> items,
        @Schema(required = true, description = "Absolute URL of the next page, or null on the last page. Also sent as a Link header with rel=\"next\".",
                examples = "http://localhost:8080/v1/observations?limit=100&cursor=eyJpIjoxfQ", nullable = true) String next,
        @Schema(required = true, description = "The cursor of the next page, to send as cursor= with the same other parameters; null on the last page.",
                examples = "eyJpIjoxfQ", nullable = true) String nextCursor) implements Paged {

    public Page(List<T> items, String next) {
        this(items, next, Pages.cursorOf(next));
    }
}
