package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.observation.CatalogueCache;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The series page: one indicator in one or more regions, as a chart and a table of every value, with its changes,
 * its citation, the API URLs behind it and its downloads. Its whole state (regions, range, breakdown, view, language)
 * is in the URL, so a link shows exactly what its sender saw.
 */
@Path("/explore/indicators/{code}")
public class SeriesPage {

    /** Most regions compared on one page: more lines than this are no longer readable. */
    static final int MAX_REGIONS = 6;

    @Inject
    PageFrames frames;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;
    @Inject
    SeriesService series;
    @Inject
    SourceService sources;
    @Inject
    ObservationService observations;
    @Inject
    ExploreQueries queries;
    @Inject
    SeriesSummaries summaries;
    @Inject
    SeriesCharts charts;
    @Inject
    StructuredData structuredData;
    @Inject
    CatalogueCache catalogue;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("code") String code, @QueryParam("region") List<String> region, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("breakdown") String breakdown, @QueryParam("tab") String tab) {
        Lang lang = frames.lang();
        Indicator indicator = frames.found(indicators.find(code), "indicator", code, "a code listed by /v1/indicators",
                () -> indicators.closest(code));
        boolean totalsByName = breakdown != null && breakdown.trim().equals("none");
        String[] named = member(breakdown);
        List<String> slugs = QueryParams.list(region);
        if (slugs.size() > MAX_REGIONS) {
            throw ProblemException.invalidParameter("region", slugs.size() + " regions", "at most " + MAX_REGIONS + " regions, comma-separated");
        }
        List<Region> asked = slugs.stream().map(slug -> regions.resolve("region", slug)).toList();
        List<ExploreQueries.RegionOption> totals = queries.regionsWithValues(indicator.id, null);
        List<ExploreQueries.MemberOption> members = queries.membersWithValues(indicator.id);
        // A URL without breakdown shows the totals, or a member when the indicator has no totals there (SeriesBreakdowns).
        String[] member = named != null || totalsByName ? named : SeriesBreakdowns.pick(totals, members, asked.stream().map(r -> r.slug).toList());
        List<ExploreQueries.RegionOption> options = member == null ? totals : queries.regionsWithValues(indicator.id, member);
        List<Region> places = asked.isEmpty() ? List.of(regions.resolve("region", defaultRegion(options))) : asked;
        LocalDate fromStart = blankToNull(from) == null ? null : ObservationFilters.bound("from", from, true);
        LocalDate toStart = blankToNull(to) == null ? null : ObservationFilters.bound("to", to, false);
        String view = "table".equals(tab) ? "table" : "chart";

        // The first region decides the frequency; the others are read in the same one so that their points line up.
        List<SeriesService.Series> results = new ArrayList<>();
        String frequency = null;
        for (Region place : places) {
            SeriesService.Series result = series.series(new SeriesService.Request(indicator, place, fromStart, toStart, frequency, member, null, null));
            frequency = frequency == null ? result.frequency() : frequency;
            results.add(result);
        }
        SeriesService.Series whole = series.series(new SeriesService.Request(indicator, places.get(0), null, null, frequency, member, null, null));

        String base = frames.base();
        State state = new State(code, places.stream().map(r -> r.slug).toList(), blankToNull(from), blankToNull(to), member, totalsByName,
                lang.language().name());
        List<SeriesView.ValueRow> rows = new ArrayList<>();
        // Each source once, in the order the rows cite them: the table names it by its title, as the citation list does.
        Map<String, Optional<Source>> cited = new LinkedHashMap<>();
        for (int n = 0; n < places.size(); n++) {
            Lang.Name regionName = HomePage.regionName(lang, places.get(n));
            for (SeriesService.Point point : results.get(n).points()) {
                var row = point.row();
                Lang.Name sourceTitle = Citation.title(cited.computeIfAbsent(row.sourceId(), sources::find), row.sourceId());
                rows.add(new SeriesView.ValueRow(row.regionSlug(), regionName, row.periodCode(), lang.period(row.periodCode(), row.frequency(), row.periodStart()),
                        lang.number(row.value()), row.value().toPlainString(), row.status(), lang.status(row.status()), lang.footnote(row), row.sourceId(),
                        sourceTitle));
            }
        }
        Lang.Name unit = unitLabel(lang, indicator);
        Lang.Name indicatorName = lang.name(indicator.nameEn, indicator.nameRu, indicator.nameKk);
        Lang.Name memberName = member == null ? null : memberName(lang, members, member);
        String summary = summaries.summary(lang, indicator, places.get(0), results.get(0), member, unit.text());

        List<SeriesView.Choice> regionChoices = options.stream().map(o -> new SeriesView.Choice(o.slug(), lang.name(o.nameEn(), o.nameRu(), o.nameKk()),
                state.regions().contains(o.slug()))).toList();
        List<SeriesView.Choice> fromChoices = new ArrayList<>();
        List<SeriesView.Choice> toChoices = new ArrayList<>();
        for (SeriesService.Point point : whole.points()) {
            var row = point.row();
            Lang.Name label = new Lang.Name(lang.period(row.periodCode(), row.frequency(), row.periodStart()), lang.language().name(), false);
            fromChoices.add(new SeriesView.Choice(row.periodCode(), label, row.periodCode().equals(state.from())));
            toChoices.add(new SeriesView.Choice(row.periodCode(), label, row.periodCode().equals(state.to())));
        }
        List<Citation> citations = cited.values().stream().flatMap(Optional::stream)
                .map(s -> Citation.of(s, lang, base, LocalDate.now(ZoneOffset.UTC))).toList();

        List<SeriesView.ApiLink> apiLinks = new ArrayList<>();
        for (String slug : state.regions()) {
            apiLinks.add(new SeriesView.ApiLink("JSON · " + slug, base + state.api(slug, null), "application/json"));
            apiLinks.add(new SeriesView.ApiLink("CSV · " + slug, base + state.api(slug, "csv"), "text/csv"));
        }
        apiLinks.add(new SeriesView.ApiLink("JSON-stat", base + state.observations(frequency, "json-stat"), "application/json"));
        String first = state.regions().get(0);
        // The images draw every region of the page; the series CSV is of one region (the API's other CSV links are above).
        String all = String.join(",", state.regions());
        List<SeriesView.ApiLink> downloads = List.of(
                new SeriesView.ApiLink(lang.messages().downloadPng(), state.api(all, "png"), "image/png"),
                new SeriesView.ApiLink(lang.messages().downloadSvg(), state.api(all, "svg"), "image/svg+xml"),
                // For a spreadsheet: Excel reads the UTF-8 of ru and kk only after a byte-order mark.
                new SeriesView.ApiLink(lang.messages().downloadCsv(), state.api(first, "csv") + "&bom=true", "text/csv"));
        // The embed draws the first region's line of the page: its totals, or the member the page shows.
        String embed = charts.embedSnippet(base, code, first, member, lang, indicatorName.text() + (memberName == null ? "" : " — " + memberName.text()));
        String title = indicatorName.text() + (memberName == null ? "" : " — " + memberName.text()) + " · "
                + String.join(", ", places.stream().map(r -> HomePage.regionName(lang, r).text()).toList());
        String dataset = structuredData.dataset(base, lang, new StructuredData.Subject(base + state.page("chart"), title, summary, places,
                List.of(new StructuredData.Measured(code, indicatorName, unit.text(), lang.name(indicator.definitionEn, indicator.definitionRu, indicator.definitionKk))),
                results.stream().flatMap(r -> r.points().stream()).map(SeriesService.Point::row).toList(),
                state.observations(frequency, null).substring("/v1/observations?".length())));

        SeriesView.Breakdowns breakdowns = SeriesBreakdowns.picker(lang, totals, members, state.regions(), member, named == null && member != null,
                (shown, byName) -> new State(code, state.regions(), state.from(), state.to(), shown, byName, state.lang()).page(view));

        SeriesView model = new SeriesView(code, indicatorName, lang.name(indicator.definitionEn, indicator.definitionRu, indicator.definitionKk), unit, memberName,
                member == null ? (totalsByName ? "none" : null) : member[0] + ":" + member[1], breakdowns, view, state.page("chart"), state.page("table"), summary,
                charts.seriesChart(indicator, places, fromStart, toStart, frequency, member, lang), regionChoices, fromChoices, toChoices, rows,
                SeriesChanges.of(lang, places, results, SeriesChanges.inPoints(indicator)), SeriesChanges.inPoints(indicator),
                SeriesChanges.formulas(lang, results.get(0).cagr()), citations, apiLinks,
                "curl -H 'Accept: application/json' '" + base + state.api(first, null) + "'", downloads, embed, dataset);
        return frames.page(Templates.series(frames.frame(title, null), model));
    }

    /**
     * The unit with its power of ten in the page's language ("thousand visits"), as the API's unit_label gives it: from
     * the indicator, so that a page with no values in its range still says it right.
     */
    private Lang.Name unitLabel(Lang lang, Indicator indicator) {
        Language.Localized label = catalogue.unitLabel(indicator.id, lang.language());
        return new Lang.Name(label.text(), label.language().name(), label.language() != lang.language());
    }

    private static String defaultRegion(List<ExploreQueries.RegionOption> options) {
        // East Kazakhstan is the paper's subject; then the Republic; then whatever region the series exists for.
        for (String preferred : List.of("east-kazakhstan", "kazakhstan")) {
            if (options.stream().anyMatch(o -> o.slug().equals(preferred))) {
                return preferred;
            }
        }
        return options.isEmpty() ? "east-kazakhstan" : options.get(0).slug();
    }

    private String[] member(String breakdown) {
        if (blankToNull(breakdown) == null || breakdown.trim().equals("none")) {
            return null;
        }
        String[] parts = breakdown.trim().split(":", 2);
        Map<String, List<String>> catalogue = observations.breakdownCatalogue();
        if (parts.length < 2 || !catalogue.getOrDefault(parts[0], List.of()).contains(parts[1])) {
            throw ProblemException.invalidParameter("breakdown", "'" + breakdown + "' is not a breakdown member", "'none' or dimension:member, as /v1/search gives it");
        }
        return parts;
    }

    /** The member's name, also when the regions shown have no values of it (the catalogue's code when no region has any). */
    private static Lang.Name memberName(Lang lang, List<ExploreQueries.MemberOption> members, String[] member) {
        return members.stream().filter(o -> o.dimension().equals(member[0]) && o.member().equals(member[1])).findFirst()
                .map(o -> lang.name(o.memberEn(), o.memberRu(), o.memberKk()))
                .orElse(new Lang.Name(member[1], "en", false));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The page's state, written back into its own URL and into the API URLs behind it. */
    record State(String code, List<String> regions, String from, String to, String[] member, boolean totalsByName, String lang) {

        String page(String tab) {
            Map<String, String> parameters = common(String.join(",", regions));
            if (!"chart".equals(tab)) {
                parameters.put("tab", tab);
            }
            parameters.put("lang", lang);
            return "/explore/indicators/" + code + "?" + query(parameters);
        }

        String api(String region, String format) {
            Map<String, String> parameters = common(region);
            parameters.put("lang", lang);
            if (format != null) {
                parameters.put("format", format);
            }
            return "/v1/indicators/" + code + "/series?" + query(parameters);
        }

        String observations(String frequency, String format) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("indicator", code);
            parameters.putAll(common(String.join(",", regions)));
            if (frequency != null) {
                parameters.put("frequency", frequency);
            }
            parameters.putIfAbsent("breakdown", "none");
            parameters.put("lang", lang);
            if (format != null) {
                parameters.put("format", format);
            }
            return "/v1/observations?" + query(parameters);
        }

        private Map<String, String> common(String region) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("region", region);
            if (from != null) {
                parameters.put("from", from);
            }
            if (to != null) {
                parameters.put("to", to);
            }
            if (member != null) {
                parameters.put("breakdown", member[0] + ":" + member[1]);
            } else if (totalsByName) {
                parameters.put("breakdown", "none");
            }
            return parameters;
        }

        private static String query(Map<String, String> parameters) {
            List<String> pairs = new ArrayList<>();
            // Commas and colons are left as they are: the URL stays readable and every server reads them the same.
            parameters.forEach((k, v) -> pairs.add(k + "=" + PageFrames.encode(v).replace("%2C", ",").replace("%3A", ":")));
            return String.join("&", pairs);
        }
    }
}
