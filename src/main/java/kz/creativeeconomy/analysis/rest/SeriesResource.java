package kz.creativeeconomy.analysis.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.UnitLabels;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.CatalogueCache;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.Formats;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.period.Frequency;
import kz.creativeeconomy.period.PeriodCode;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/indicators/{code}/series")
@Tag(name = AnalysisTag.NAME, description = AnalysisTag.DESCRIPTION)
public class SeriesResource {

    private static final String REGION_ALLOWED = "one region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions";

    @Inject
    SeriesService series;
    @Inject
    IndicatorService indicators;
    @Inject
    RegionService regions;
    @Inject
    ObservationService observations;
    @Inject
    RequestLanguage language;
    @Inject
    CatalogueCache catalogue;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "getIndicatorSeries", summary = "Time series of an indicator in a region, with changes, index and growth rate",
            description = "The values of one indicator in one region, oldest first, in one frequency (the one with the most points unless "
                    + "frequency is given) and for totals unless breakdown names a member. Per point: the change on the period that starts "
                    + "exactly one year earlier, absolute (v[t] - v[t-1]) and in percent ((v[t] - v[t-1]) / v[t-1] * 100), and an index "
                    + "(v[t] / v[base] * 100, base = the first point unless base is given). For the range: the compound annual growth rate "
                    + "((v[last] / v[first]) ^ (1 / years) - 1) * 100, years = difference of the years the first and last periods start in; "
                    + "and the total change, v[last] - v[first] and (v[last] - v[first]) / v[first] * 100. The unit label is in the "
                    + "requested language and every source the points cite is given in full.\n\n"
                    + "Rounding, HALF_EVEN once at the end of exact decimal arithmetic: absolute changes keep the indicator's decimals; "
                    + "percents, indices and growth rates get one decimal more. A value a change cannot be computed for is null with a reason "
                    + "(no period a year earlier, a base that is not positive, a break in the series). The year before from is read for "
                    + "the changes of the first points, but not listed.")
    public SeriesDto get(
            @Parameter(description = "Indicator code.", example = "creative-gva") @PathParam("code") String code,
            @Parameter(description = "Region code or slug; required, exactly one.", example = "east-kazakhstan", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Points whose period starts on or after the start of this period or date (inclusive).", example = "2018")
            @QueryParam("from") String from,
            @Parameter(description = "Points whose period starts on or before the end of this period or date (inclusive).", example = "2023")
            @QueryParam("to") String to,
            @Parameter(description = "Frequency of the points; by default the frequency with the most points in the range (annual on a tie).",
                    example = "annual", schema = @Schema(enumeration = {"annual", "semiannual", "quarterly", "monthly", "cumulative", "point_in_time"}))
            @QueryParam("frequency") String frequency,
            @Parameter(description = "'none' (the default) for totals, or dimension:member for the series of one breakdown member.",
                    example = "none") @QueryParam("breakdown") String breakdown,
            @Parameter(description = "Period code whose value is 100 in the index; must be a period of the series. Default: the first point.",
                    example = "2018") @QueryParam("base") String base,
            @Parameter(description = "The series as published at this instant (ISO 8601 or a date = midnight UTC).",
                    example = "2025-06-01T00:00:00Z") @QueryParam("as_of") String asOf) {
        Indicator indicator = indicators.find(code).orElseThrow(() ->
                ProblemException.notFound("indicator", code, "Use a code listed by /v1/indicators."));
        // region is declared above for the contract and the known-parameter check, and read here so a repeated value is refused.
        Region place = regions.resolve("region", SingleValue.required(uri, "region", "a series is of one region", REGION_ALLOWED));
        LocalDate fromStart = ObservationFilters.bound("from", from, true);
        LocalDate toStart = ObservationFilters.bound("to", to, false);
        if (fromStart != null && toStart != null && fromStart.isAfter(toStart)) {
            throw ProblemException.invalidParameter("to", "'" + to + "' ends before 'from' begins", "a period or date not before 'from'");
        }
        String basePeriod = null;
        if (base != null && !base.isBlank()) {
            basePeriod = PeriodCode.parse(base).map(PeriodCode::code).orElseThrow(() ->
                    ProblemException.invalidParameter("base", "'" + base + "' is not a period code", PeriodCode.FORMS));
        }
        String[] member = member(breakdown);
        SeriesService.Series result = series.series(new SeriesService.Request(indicator, place, fromStart, toStart,
                QueryParams.oneOf("frequency", frequency, Frequency.NAMES), member, basePeriod,
                kz.creativeeconomy.common.Times.parseInstant("as_of", asOf)));

        Language lang = language.get();
        Catalogue.IndicatorEntry entry = catalogue.current().indicator(indicator.id);
        if (entry == null) {
            // Created since the cached catalogue was loaded, in a version not yet seen here.
            entry = catalogue.reload().indicator(indicator.id);
        }
        Language.Localized unitLabel = UnitLabels.label(lang, entry.unitEn(), entry.unitRu(), entry.unitKk(),
                entry.multiplierEn(), entry.multiplierRu(), entry.multiplierKk());
        // From the rows' own catalogue entries: as of the same instant as the values, and no statement per source.
        List<ObservationDto.SourceRef> cited = result.points().stream().map(p -> p.row().source()).distinct()
                .map(s -> new ObservationDto.SourceRef(s.id(), s.referenceNumber(), s.locator(), s.title(), s.publisher(), s.url(), s.accessedOn()))
                .toList();
        return SeriesDto.of(indicator, place, member, result, unitLabel, cited, lang);
    }

    /** null for totals ('none' or absent); otherwise a known dimension and member. */
    private String[] member(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("none")) {
            return null;
        }
        String[] parts = raw.trim().split(":", 2);
        Map<String, List<String>> catalogue = observations.breakdownCatalogue();
        List<String> members = catalogue.get(parts[0]);
        if (members == null) {
            throw ProblemException.invalidParameter("breakdown", "unknown dimension '" + parts[0] + "'",
                    "'none' or dimension:member; dimensions: " + String.join(", ", catalogue.keySet().stream().sorted().toList()));
        }
        if (parts.length == 1) {
            throw ProblemException.invalidParameter("breakdown", "a dimension without a member mixes several series",
                    "'none' or " + parts[0] + ":member, one of " + String.join(", ", members));
        }
        if (!members.contains(parts[1])) {
            throw ProblemException.invalidParameter("breakdown", "unknown member '" + parts[1] + "' of " + parts[0], "one of " + String.join(", ", members));
        }
        return parts;
    }
}
