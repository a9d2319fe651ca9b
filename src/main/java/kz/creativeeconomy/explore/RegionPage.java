package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.event.Event;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.region.RegionSuccession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A region's page: its key indicators (latest value beside the national value of the same period, with a small chart),
 * the cultural organisations and events in it, and the history of its boundaries (the 2022 split of Abai from EKR).
 */
@Path("/explore/regions/{slug}")
public class RegionPage {

    private static final String NATIONAL = "kazakhstan";

    @Inject
    PageFrames frames;
    @Inject
    RegionService regions;
    @Inject
    IndicatorService indicators;
    @Inject
    SeriesService series;
    @Inject
    ExploreQueries queries;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    EventService events;
    @Inject
    SeriesCharts charts;
    @Inject
    StructuredData structuredData;
    @Inject
    kz.creativeeconomy.source.SourceService sources;

    public record Link(String href, Lang.Name name) {
    }

    public record KeyIndicator(String href, Lang.Name name, Lang.Name unit, String period, String value, String status,
                               String nationalValue, String nationalStatus, List<SourceLink> sources, String sparkline) {
    }

    /** A source a row's values come from, linked to its citation on the series page. */
    public record SourceLink(String href, String id, Lang.Name title) {
    }

    public record Change(String text) {
    }

    public record View(Lang.Name name, String code, Lang.Name level, Link parent, List<Link> children, String validity, Lang.Name note,
                       List<KeyIndicator> indicators, List<Link> organisations, List<Link> events, List<Change> history, String apiUrl,
                       String structuredData) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("slug") String slug) {
        Lang lang = frames.lang();
        Region region = frames.found(regions.find(slug), "region", slug, "a slug listed by /v1/regions", () -> regions.closestSlug(slug));
        String suffix = "?lang=" + lang.language().name();
        Optional<Region> national = regions.find(NATIONAL);
        List<KeyIndicator> keyIndicators = new ArrayList<>();
        List<StructuredData.Measured> measured = new ArrayList<>();
        List<kz.creativeeconomy.observation.ObservationRow> rows = new ArrayList<>();
        // Each source's title looked up once per page: most rows cite one of a few sources.
        java.util.Map<String, Lang.Name> sourceTitles = new java.util.HashMap<>();
        for (ExploreQueries.IndicatorIn in : queries.indicatorsIn(region.id)) {
            String code = in.code();
            Indicator indicator = indicators.find(code).orElseThrow();
            Lang.Name name = lang.name(indicator.nameEn, indicator.nameRu, indicator.nameKk);
            // An indicator given here by breakdown only (the paper's industrial production, by section and in total)
            // shows the member its series page shows for this region, named beside the indicator.
            ExploreQueries.MemberOption option = in.totals() ? null : shownMember(indicator, region);
            String[] member = option == null ? null : new String[] {option.dimension(), option.member()};
            if (!in.totals() && member == null) {
                continue;
            }
            SeriesService.Series own = series.series(new SeriesService.Request(indicator, region, null, null, null, member, null, null));
            if (own.points().isEmpty()) {
                continue;
            }
            var last = own.points().get(own.points().size() - 1).row();
            if (member == null) {
                // The page's structured data describes the region's totals (its download asks for breakdown=none).
                measured.add(new StructuredData.Measured(code, name, last.unitLabel(lang.language()).text(),
                        lang.name(indicator.definitionEn, indicator.definitionRu, indicator.definitionKk)));
                own.points().forEach(point -> rows.add(point.row()));
            } else {
                Lang.Name memberName = lang.name(option.memberEn(), option.memberRu(), option.memberKk());
                name = new Lang.Name(name.text() + " — " + memberName.text(), name.lang(), name.fallback() || memberName.fallback());
            }
            String breakdownQuery = member == null ? "" : "&breakdown=" + member[0] + ":" + member[1];
            String href = "/explore/indicators/" + code + "?region=" + region.slug + breakdownQuery + "&lang=" + lang.language().name();
            List<SourceLink> cited = new ArrayList<>(List.of(sourceLink(href, last.sourceId(), sourceTitles)));
            String nationalValue = "—";
            String nationalStatus = null;
            if (national.isPresent() && !national.get().id.equals(region.id)) {
                SeriesService.Series whole = series.series(new SeriesService.Request(indicator, national.get(), null, null, own.frequency(), member, null, null));
                var same = whole.points().stream().map(SeriesService.Point::row).filter(r -> r.periodCode().equals(last.periodCode())).findFirst();
                if (same.isPresent()) {
                    // The national value carries its status and source as the region's does.
                    nationalValue = lang.number(same.get().value());
                    nationalStatus = lang.status(same.get().status());
                    if (!same.get().sourceId().equals(last.sourceId())) {
                        cited.add(sourceLink("/explore/indicators/" + code + "?region=" + national.get().slug + breakdownQuery
                                + "&lang=" + lang.language().name(), same.get().sourceId(), sourceTitles));
                    }
                }
            }
            keyIndicators.add(new KeyIndicator(href,
                    name, lang.unit(last),
                    lang.period(last.periodCode(), last.frequency(), last.periodStart()), lang.number(last.value()), lang.status(last.status()),
                    nationalValue, nationalStatus, cited, charts.sparkline(own, lang, last.unitLabel(lang.language()).text())));
        }
        List<Integer> inside = regions.withDescendants(List.of(region.id));
        List<Link> organisationLinks = organisations.list(new CulturalOrganisationService.Filter(inside, List.of(), null)).stream()
                .map(o -> new Link("/explore/organisations/" + o.id + suffix, lang.name(o.nameEn, o.nameRu, o.nameKk))).toList();
        // As GET /v1/events?region= answers: the events of the region and of the regions inside it, by year and id. The
        // organisation filter is null, not empty: an empty list would ask for events of no organisation at all.
        List<Link> eventLinks = events.list(new EventService.Filter(inside, null, null, null, List.of(), null, List.of(), null)).stream()
                .sorted(Comparator.comparingInt((Event e) -> e.year).thenComparing(e -> e.id))
                .map(e -> new Link("/explore/events/" + e.id + suffix, lang.name(e.nameEn, e.nameRu, e.nameKk))).toList();
        List<Change> history = new ArrayList<>();
        for (RegionSuccession s : regions.predecessorsOf(region)) {
            history.add(change(lang, s));
        }
        for (RegionSuccession s : regions.successorsOf(region)) {
            history.add(change(lang, s));
        }
        String validity = region.validFrom == null ? null : lang.messages().validFrom(lang.date(region.validFrom));
        if (region.validTo != null) {
            validity = (validity == null ? "" : validity + ". ") + lang.messages().validTo(lang.date(region.validTo));
        }
        Region parent = region.parent;
        View view = new View(HomePage.regionName(lang, region), region.code, lang.regionLevel(region.level),
                parent == null ? null : new Link("/explore/regions/" + parent.slug + suffix, HomePage.regionName(lang, parent)),
                regions.children(region).stream().map(c -> new Link("/explore/regions/" + c.slug + suffix, HomePage.regionName(lang, c))).toList(),
                validity, lang.english(region.note), keyIndicators, organisationLinks, eventLinks, history, frames.base() + "/v1/regions/" + region.slug,
                structuredData.dataset(frames.base(), lang, new StructuredData.Subject(frames.base() + "/explore/regions/" + region.slug + suffix,
                        HomePage.regionName(lang, region).text(), StructuredData.regionDescription(lang, HomePage.regionName(lang, region).text()),
                        List.of(region), measured, rows, "region=" + region.slug + "&breakdown=none&lang=" + lang.language().name())));
        return frames.page(Templates.region(frames.frame(view.name().text(), null), view));
    }

    /** A source by its title, linked to its citation on a series page that shows its values. */
    private SourceLink sourceLink(String seriesPage, String sourceId, java.util.Map<String, Lang.Name> titles) {
        Lang.Name title = titles.computeIfAbsent(sourceId, id -> Citation.title(sources.find(id), id));
        return new SourceLink(seriesPage + "#source-" + sourceId, sourceId, title);
    }

    /** The member the indicator's series page shows for this region when its URL names none (SeriesBreakdowns.pick). */
    private ExploreQueries.MemberOption shownMember(Indicator indicator, Region region) {
        List<ExploreQueries.MemberOption> members = queries.membersWithValues(indicator.id);
        String[] picked = SeriesBreakdowns.pick(List.of(), members, List.of(region.slug));
        return picked == null ? null : members.stream()
                .filter(m -> m.dimension().equals(picked[0]) && m.member().equals(picked[1])).findFirst().orElse(null);
    }

    private static Change change(Lang lang, RegionSuccession s) {
        ExploreMessages m = lang.messages();
        String kind = switch (s.kind) {
            case "split" -> m.successionSplit();
            case "merge" -> m.successionMerge();
            case "rename" -> m.successionRename();
            case "transfer" -> m.successionTransfer();
            default -> s.kind;
        };
        return new Change(m.succession(lang.date(s.key.changedOn()), kind, HomePage.regionName(lang, s.predecessor).text(),
                HomePage.regionName(lang, s.successor).text()));
    }
}
