package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.search.SearchService;
import kz.creativeeconomy.search.rest.SearchHits;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The search box's results: the same search as GET /v1/search, each hit a link to its page. */
@Path("/explore/search")
public class SearchPage {

    static final int MAX_HITS = 50;

    @Inject
    PageFrames frames;
    @Inject
    SearchService search;

    public record Hit(String kind, String kindLabel, String href, Lang.Name name, Lang.Name member) {
    }

    public record View(String query, boolean tooShort, int minLength, List<Hit> hits) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q) {
        Lang lang = frames.lang();
        String query = q == null ? "" : q.trim();
        boolean tooShort = query.length() < SearchService.MIN_LENGTH;
        List<Hit> hits = tooShort ? List.of() : search.search(query.length() > SearchService.MAX_LENGTH
                ? query.substring(0, SearchService.MAX_LENGTH) : query, MAX_HITS).stream().map(hit -> hit(lang, hit)).toList();
        return frames.page(Templates.search(frames.frame(lang.messages().searchTitle() + ": " + query, query),
                new View(query, tooShort, SearchService.MIN_LENGTH, hits)));
    }

    private static Hit hit(Lang lang, SearchService.Hit hit) {
        ExploreMessages m = lang.messages();
        String label = switch (hit.kind()) {
            case indicator -> m.kindIndicator();
            case region -> m.kindRegion();
            case cultural_organisation -> m.kindOrganisation();
            case event -> m.kindEvent();
        };
        String path = SearchHits.pagePath(hit);
        String href = path + (path.contains("?") ? "&" : "?") + "lang=" + lang.language().name();
        return new Hit(hit.kind().name(), label, href, lang.name(hit.nameEn(), hit.nameRu(), hit.nameKk()),
                hit.member() == null ? null : lang.name(hit.memberEn(), hit.memberRu(), hit.memberKk()));
    }
}
