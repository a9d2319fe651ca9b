package kz.creativeeconomy.search.rest;

import java.util.List;
import kz.creativeeconomy.common.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResult", description = "Indicators, regions, cultural organisations and events matching a query, best first.")
public record SearchResultDto(
        @Schema(required = true, description = "The query as received.", examples = "museum") String query,
        @Schema(required = true, description = "The hits, best first (at most limit).") List<SearchHitDto> items,
        @Schema(required = true, nullable = true, description = "Always null: the best hits are one page; narrow the query for others.")
        String next) implements Paged {
}
