package kz.creativeeconomy.analysis.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.analysis.SeriesService;
import kz.creativeeconomy.chart.ChartService;
import kz.creativeeconomy.chart.rest.SeriesChartResponses;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.UnitLabels;
import kz.creativeeconomy.observation.Catalogue;
import kz.creativeeconomy.observation.CatalogueCache;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.Representation;
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorService;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.period.Frequency;
import kz.creativeeconomy.period.PeriodCode;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    SeriesChartResponses chartResponses;
    @Inject
    CatalogueCache catalogue;

    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final MediaType CSV_UTF8 = MediaType.valueOf(Formats.CSV_UTF8);
    private static final MediaType SVG_TYPE = MediaType.valueOf(Formats.SVG);
    private static final MediaType PNG_TYPE = MediaType.valueOf(Formats.PNG);

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX, Formats.SVG, Formats.PNG})
    @Representation(chart = true)
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
                    + "the changes of the first points, but not listed.\n\n"
                    + "Charts: format=svg (or Accept: image/svg+xml) draws the series as an accessible SVG, format=png (Accept: image/png) "
                    + "as a PNG for social cards and Open Graph images, width pixels wide: title, unit label in the requested language, "
                    + "period axis, one marker per published value (provisional, estimated and break values marked and explained in "
                    + "numbered notes), the source line, and a title and text description. Lines join consecutive periods only: nothing "
                    + "is drawn where no value was published. With svg and png, region may name up to 6 regions (comma-separated), one "
                    + "line each; the base parameter does not apply.")
    @APIResponse(responseCode = "200", description = "The series, as JSON, CSV or xlsx (one row per point), or a chart (SVG or PNG).",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesDto.class)),
                    @Content(mediaType = Formats.CSV, schema = @Schema(implementation = SeriesDto.class)),
                    @Content(mediaType = Formats.XLSX, schema = @Schema(implementation = SeriesDto.class)),
                    @Content(mediaType = Formats.SVG, schema = @Schema(type = SchemaType.STRING,
                            description = "SVG 1.1 document, UTF-8. Every point is an element of class ce-point with data-period, "
                                    + "data-value (the exact decimal), data-status and data-region.")),
                    @Content(mediaType = Formats.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(
            @Parameter(description = "Indicator code.", example = "creative-gva") @PathParam("code") String code,
            @Parameter(description = "Region code or slug; required, exactly one (up to 6, comma-separated, with format=svg or png).",
                    example = "east-kazakhstan", required = true)
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
                    example = "2025-06-01T00:00:00Z") @QueryParam("as_of") String asOf,
            @Parameter(description = "With format=png: the image width in pixels, 320 to 2400 (default 1200).", example = "1200")
            @QueryParam("width") String width,
            // Applied by FormatFilter before matching (as Accept); declared here for the contract, which lists the chart formats.
            @Parameter(description = "Representation, overriding Accept: json, csv, svg (a chart) or png (a chart image).", example = "svg",
                    schema = @Schema(enumeration = {"json", "csv", "svg", "png"})) @QueryParam("format") String format) {
        Indicator indicator = indicators.find(code).orElseThrow(() ->
                indicators.notFound(code));
        String chartType = chartType();
        Integer pngWidth = SeriesChartResponses.width(width, Formats.PNG.equals(chartType));
        // region is declared above for the contract and the known-parameter check, and read here so a repeated value is refused.
        List<Region> places = chartType != null ? chartResponses.regions(uri.getQueryParameters().get("region"))
                : List.of(regions.resolve("region", SingleValue.required(uri, "region", "a series is of one region", REGION_ALLOWED)));
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
        // Checked in the order they always were, so a request with several bad parameters names the same one first.
        String knownFrequency = QueryParams.oneOf("frequency", frequency, Frequency.NAMES);
        Instant instant = kz.creativeeconomy.common.Times.parseInstant("as_of", asOf);
        if (chartType != null) {
            if (basePeriod != null) {
                throw ProblemException.invalidParameter("base", "an index base does not apply to a chart of the values", "leave base out with format=svg or png");
            }
            return chartResponses.respond(new ChartService.Request(indicator, places, fromStart, toStart, knownFrequency, member, instant),
                    language.get(), chartType, pngWidth);
        }
        Region place = places.get(0);
        SeriesService.Series result = series.series(new SeriesService.Request(indicator, place, fromStart, toStart,
                knownFrequency, member, basePeriod, instant));

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
                .map(s -> ObservationDto.SourceRef.of(s.id(), s.referenceNumber(), s.locator(), s.title(), s.titleLanguage(), s.publisher(), s.url(),
                        s.accessedOn(), lang))
                .toList();
        SeriesDto body = SeriesDto.of(indicator, place, member, result, unitLabel, cited, lang);
        // The type is named (the response cache keeps a copy under it) as it was when this method returned the DTO.
        return Response.ok(body, tabularType()).build();
    }

    /** JSON unless the first acceptable type names CSV or xlsx. */
    private MediaType tabularType() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON_UTF8;
            }
            if (type.isCompatible(Formats.CSV_TYPE)) {
                return CSV_UTF8;
            }
            if (type.isCompatible(Formats.XLSX_TYPE)) {
                return Formats.XLSX_TYPE;
            }
        }
        return JSON_UTF8;
    }

    /** SVG or PNG when the negotiated representation is a chart, else null (JSON or CSV). */
    private String chartType() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(Formats.CSV_TYPE)
                    || type.isCompatible(Formats.XLSX_TYPE)) {
                return null;
            }
            if (type.isCompatible(SVG_TYPE)) {
                return Formats.SVG;
            }
            if (type.isCompatible(PNG_TYPE)) {
                return Formats.PNG;
            }
        }
        return null;
    }

    /** null for totals ('none' or absent); otherwise a known dimension and member. */
    private String[] member(String raw) {
        return observations.breakdownMember(raw);
    }
}
