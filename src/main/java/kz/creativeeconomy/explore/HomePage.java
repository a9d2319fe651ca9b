package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.creativeeconomy.indicator.Indicator;
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

    /** The indicators of one topic, under its heading. */
    public record Topic(String heading, List<Link> indicators) {
    }

    /** Topics in the order a reader of the paper meets them, its subject first; a topic added later comes last, under its code. */
    private static final List<String> TOPICS = List.of("creative-economy", "culture", "macroeconomy", "labour", "living-standards",
            "demography", "business", "industry", "construction", "prices");

    private static final List<String> LEVELS = List.of("country", "region", "city_of_republican_significance", "world");

    public record View(List<Example> examples, List<Topic> topics, List<Link> regions) {
    }

    @GET
    @Produces("text/html;qs=0.9")
    @Operation(hidden = true)
    public Response home() {
        Lang lang = frames.lang();
        String suffix = "?lang=" + lang.language().name();
        // Within a topic, in the order the seed gives them (the paper's headline figure, creative-gva, first).
        Map<String, List<Link>> byTopic = indicators.list(null, null).stream().sorted(Comparator.comparing((Indicator i) -> i.id))
                .collect(Collectors.groupingBy(i -> i.topic, LinkedHashMap::new, Collectors.mapping(
                        i -> new Link("/explore/indicators/" + i.code + suffix, lang.name(i.nameEn, i.nameRu, i.nameKk)), Collectors.toList())));
        List<Topic> topics = byTopic.keySet().stream()
                .sorted(Comparator.comparing((String t) -> TOPICS.contains(t) ? TOPICS.indexOf(t) : TOPICS.size()).thenComparing(t -> t))
                .map(t -> new Topic(heading(lang.messages(), t), byTopic.get(t))).toList();
        List<Link> regionLinks = regions.list(new RegionService.Filter(null, null, null, null)).stream()
                .filter(r -> !"district".equals(r.level) && !"city".equals(r.level))
                // The Republic first, then its regions and cities, the world (a comparison) last.
                .sorted(Comparator.comparing((Region r) -> LEVELS.contains(r.level) ? LEVELS.indexOf(r.level) : LEVELS.size()))
                .map(r -> new Link("/explore/regions/" + r.slug + suffix, regionName(lang, r))).toList();
        return frames.page(Templates.home(frames.frame(lang.messages().home(), null), new View(EXAMPLES, topics, regionLinks)));
    }

    static String heading(ExploreMessages messages, String topic) {
        return switch (topic) {
            case "creative-economy" -> messages.topicCreativeEconomy();
            case "culture" -> messages.topicCulture();
            case "macroeconomy" -> messages.topicMacroeconomy();
            case "labour" -> messages.topicLabour();
            case "living-standards" -> messages.topicLivingStandards();
            case "demography" -> messages.topicDemography();
            case "business" -> messages.topicBusiness();
            case "industry" -> messages.topicIndustry();
            case "construction" -> messages.topicConstruction();
            case "prices" -> messages.topicPrices();
            default -> topic;
        };
    }

    static Lang.Name regionName(Lang lang, Region region) {
        return lang.name(region.nameEn, region.nameRu, region.nameKk);
    }
}
