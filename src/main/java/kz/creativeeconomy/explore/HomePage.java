package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.search.SearchService;
import kz.creativeeconomy.search.rest.SearchHits;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's front door and its search results. "/" is shared with the API's JSON index (home.HomeResource):
 * a browser, which prefers text/html, gets this page; a client asking for JSON gets the index.
 */
@Path("/")
public class HomePage {

    /** Queries that show what the search does: English, Russian, Kazakh, Latin for Cyrillic, a typo. */
    private static final List<Example> EXAMPLES = List.of(new Example("museum", "museum"), new Example("%D1%82%D0%B5%D0%B0%D1%82%D1%80", "театр"),
            new Example("%D0%9C%D3%99%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5%D1%82", "Мәдениет"), new Example("oskemen", "oskemen"),
            new Example("festval", "festval"));

    @Inject
    PageFrames frames;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;
    @Inject
    SearchService search;

    public record Example(String query, String text) {
    }

    public record Link(String href, Lang.Name name) {
    }

    public record View(List<Example> examples, List<Link> indicators, List<Link> regions) {
    }

    public record Hit(String kind, String kindLabel, String href, Lang.Name name, Lang.Name member) {
    }

    public record SearchView(String query, boolean tooShort, int minLength, List<Hit> hits) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response home() {
        Lang lang = frames.lang();
        String suffix = "?lang=" + lang.language().name();
        List<Link> indicatorLinks = indicators.list(null, null).stream()
                .map(i -> new Link("/explore/indicators/" + i.code + suffix, lang.name(i.nameEn, i.nameRu, i.nameKk))).toList();
        List<Link> regionLinks = regions.list(new RegionService.Filter(null, null, null, null)).stream()
                .filter(r -> !"district".equals(r.level) && !"city".equals(r.level))
                .map(r -> new Link("/explore/regions/" + r.slug + suffix, regionName(lang, r))).toList();
        return frames.page(Templates.home(frames.frame(lang.messages().home(), null), new View(EXAMPLES, indicatorLinks, regionLinks)));
    }

    @GET
    @Path("explore")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response explore() {
        return home();
    }

    @GET
    @Path("explore/search")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q) {
        Lang lang = frames.lang();
        String query = q == null ? "" : q.trim();
        boolean tooShort = query.length() < SearchService.MIN_LENGTH;
        List<Hit> hits = tooShort ? List.of() : search.search(query.length() > SearchService.MAX_LENGTH
                ? query.substring(0, SearchService.MAX_LENGTH) : query, 50).stream().map(hit -> hit(lang, hit)).toList();
        return frames.page(Templates.search(frames.frame(lang.messages().searchTitle() + ": " + query, query),
                new SearchView(query, tooShort, SearchService.MIN_LENGTH, hits)));
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

    static Lang.Name regionName(Lang lang, Region region) {
        return lang.name(region.nameEn, region.nameRu, region.nameKk);
    }
}
