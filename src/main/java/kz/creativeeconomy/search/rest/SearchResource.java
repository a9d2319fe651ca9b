package kz.creativeeconomy.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.search.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search over indicators, regions, cultural organisations and events.")
public class SearchResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @Inject
    SearchService search;
    @Inject
    RequestLanguage language;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "search", summary = "Find indicators, regions, cultural organisations and events",
            description = "Matches names in English, Russian and Kazakh, typed in Cyrillic or Latin (Cyrillic is transliterated, so "
                    + "muzei finds музей), codes and slugs, and forgives small typos (trigram word similarity of PostgreSQL's pg_trgm). "
                    + "An indicator whose breakdown member matches (museums among cultural organisations) is a hit of its own with that "
                    + "member. Best hits first.")
    public SearchResultDto search(
            @Parameter(description = "What to look for: " + SearchService.MIN_LENGTH + " to " + SearchService.MAX_LENGTH + " characters.",
                    example = "museum", required = true) @QueryParam("q") String q,
            @Parameter(description = "Most hits returned: 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT + ".", example = "20")
            @QueryParam("limit") String limit) {
        String query = q == null ? "" : q.trim();
        if (query.length() < SearchService.MIN_LENGTH || query.length() > SearchService.MAX_LENGTH) {
            throw ProblemException.invalidParameter("q", q == null ? "the parameter is missing" : "'" + query + "' has " + query.length() + " characters",
                    "text of " + SearchService.MIN_LENGTH + " to " + SearchService.MAX_LENGTH + " characters");
        }
        Integer max = QueryParams.integer("limit", limit, 1, MAX_LIMIT);
        Language lang = language.get();
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return new SearchResultDto(query, search.search(query, max == null ? DEFAULT_LIMIT : max).stream()
                .map(hit -> SearchHits.toDto(hit, lang, base)).toList(), null);
    }
}
