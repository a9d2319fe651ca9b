package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's front door: the search box, every indicator and the regions. "/" is shared with the API's JSON index (home.HomeResource):
 * a browser, which prefers text/html, gets this page; a client asking for JSON gets the index.
 */
@Path("/")
public class HomePage {

    /** Queries that show what the search does: English, Russian, Kazakh, Latin for Cyrillic, a typo. */
    private static final List<Example> EXAMPLES = java.util.stream.Stream.of("museum", "театр", "Мәдениет", "oskemen", "festval")
            .map(text -> new Example(PageFrames.encode(text), text)).toList();

    @Inject
    PageFrames frames;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;

    public record Example(String query, String text) {
    }

    public record Link(String href, Lang.Name name) {
    }

    public record View(List<Example> examples, List<Link> indicators, List<Link> regions) {
    }

    @GET
    @Produces("text/html;qs=0.9")
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

    static Lang.Name regionName(Lang lang, Region region) {
        return lang.name(region.nameEn, region.nameRu, region.nameKk);
    }
}
