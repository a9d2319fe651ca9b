package kz.creativeeconomy.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the absolute URL of the next page, null on the last one. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's stable order.") List<T> items,
        @Schema(required = true, description = "Absolute URL of the next page, or null on the last page. Also sent as a Link header with rel=\"next\".",
                examples = "http://localhost:8080/v1/observations?limit=100&cursor=eyJpIjoxfQ", nullable = true) String next) implements Paged {
}
