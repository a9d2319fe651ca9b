package kz.creativeeconomy.observation.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.http.CsvColumns;
import kz.creativeeconomy.http.CsvPageWriter;
import kz.creativeeconomy.http.DataVersion;
import kz.creativeeconomy.http.Formats;
import kz.creativeeconomy.http.Representation;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/observations")
@Tag(name = "Observations", description = "The published values: indicator x region x period x breakdown.")
public class ObservationResource {

    /** The most observations a JSON-stat dataset holds; larger requests must filter or export CSV. */
    static final int JSON_STAT_MAX = 100_000;

    @Inject
    ObservationService observations;
    @Inject
    ObservationFilters filters;
    @Inject
    RequestLanguage language;
    @Inject
    DataVersion dataVersion;
    @Context
    UriInfo uri;
    @Context
    ContainerRequestContext request;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
    @Representation(jsonStat = true)
    @Operation(operationId = "listObservations", summary = "List observations",
            description = "Filters combine with AND; the values of one repeatable filter combine with OR. "
                    + "Ordered by indicator, region, period start and id; the order is stable, so walking the next links "
                    + "visits every matching observation exactly once.\n\n"
                    + "Formats: JSON pages (default); CSV pages (Accept: text/csv or format=csv; bom=true for Excel); "
                    + "the whole filtered result as one streamed CSV with format=csv&limit=all; "
                    + "a JSON-stat 2.0 dataset of the whole filtered result with format=json-stat (at most 100,000 observations).")
    @APIResponse(responseCode = "200", description = "A page of observations, a CSV file, or a JSON-stat dataset.",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {ObservationPage.class, JsonStatSchema.class})),
                    @Content(mediaType = Formats.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            description = "RFC 4180 CSV, UTF-8, header row of snake_case columns: id, indicator_code, indicator_name, "
                                    + "region_code, region_slug, region_name, period_code, period_frequency, period_start, period_end, "
                                    + "breakdown_dimension, breakdown_member, value, unit, unit_label, unit_multiplier, decimals, status, "
                                    + "footnote, source_id, source_reference_number, source_locator, source_title, source_url and more."))})
    public Response list(
            @Parameter(description = "Indicator code; repeatable or comma-separated.", example = "creative-gva") @QueryParam("indicator") List<String> indicator,
            @Parameter(description = "Region code or slug; repeatable or comma-separated.", example = "east-kazakhstan") @QueryParam("region") List<String> region,
            @Parameter(description = "Exact period code; repeatable or comma-separated.", example = "2023") @QueryParam("period") List<String> period,
            @Parameter(description = "Periods starting on or after the start of this period or date (inclusive).", example = "2019") @QueryParam("from") String from,
            @Parameter(description = "Periods starting on or before the end of this period or date (inclusive).", example = "2021") @QueryParam("to") String to,
            @Parameter(description = "Period frequency; repeatable or comma-separated.", example = "annual") @QueryParam("frequency") List<String> frequency,
            @Parameter(description = "Status; repeatable or comma-separated.", example = "final") @QueryParam("status") List<String> status,
            @Parameter(description = "Breakdown: 'none' for totals only, a dimension (organisation_type) or dimension:member (organisation_type:museums); repeatable.",
                    example = "none") @QueryParam("breakdown") List<String> breakdown,
            @Parameter(description = "Page size, 1 to 1000; or 'all' with format=csv to export the whole result as one streamed file.",
                    example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Representation, overriding Accept: json, csv or json-stat.", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "json-stat"})) @QueryParam("format") String format,
            @Parameter(description = "With CSV: true prefixes a UTF-8 byte-order mark so Excel shows Cyrillic correctly.",
                    schema = @Schema(enumeration = {"true", "false"})) @QueryParam("bom") String bom) {
        Language lang = language.get();
        boolean jsonStat = request.getProperty(Formats.JSON_STAT_REQUESTED) != null;
        boolean csv = !jsonStat && MediaType.valueOf(Formats.CSV).isCompatible(acceptedType());
        boolean all = "all".equals(limit);
        if (all && !csv) {
            throw ProblemException.invalidParameter("limit", "'all' streams CSV only", "an integer from 1 to 1000, or 'all' together with format=csv");
        }
        ObservationQuery query = filters.parse(indicator, region, period, from, to, frequency, status, breakdown,
                all || jsonStat ? null : limit, cursor);
        if (jsonStat) {
            List<ObservationRow> rows = observations.list(query, JSON_STAT_MAX + 1);
            if (rows.size() > JSON_STAT_MAX) {
                throw ProblemException.invalidParameter("format", "the filtered result has more than " + JSON_STAT_MAX + " observations",
                        "narrower filters, or format=csv&limit=all for the whole result");
            }
            return Response.ok(JsonStatDataset.of(rows, lang, dataVersion.current().changedAt(), uri.getRequestUri().toString()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (all) {
            return Response.ok(export(query, lang, "true".equals(bom)), Formats.CSV_UTF8).build();
        }
        List<ObservationRow> rows = observations.page(query);
        boolean more = rows.size() > query.limit();
        List<ObservationRow> page = more ? rows.subList(0, query.limit()) : rows;
        String next = more ? Pages.nextUrl(uri, Cursor.encode(ObservationService.keyOf(page.get(page.size() - 1)))) : null;
        return Response.ok(new ObservationPage(page.stream().map(r -> ObservationDto.of(r, lang)).toList(), next),
                csv ? Formats.CSV_UTF8 : MediaType.APPLICATION_JSON).build();
    }

    private MediaType acceptedType() {
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (type.isCompatible(MediaType.valueOf(Formats.CSV))) {
                return type;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /** The whole result as CSV, written row by row from a database cursor inside its own read-only transaction. */
    private StreamingOutput export(ObservationQuery query, Language lang, boolean bom) {
        List<CsvColumns.Column> columns = CsvColumns.of(ObservationDto.class);
        return output -> {
            Writer writer = CsvPageWriter.open(output, bom);
            try (CSVPrinter printer = new CSVPrinter(writer, CsvPageWriter.FORMAT)) {
                printer.printRecord(columns.stream().map(CsvColumns.Column::name).toList());
                QuarkusTransaction.requiringNew().run(() -> observations.stream(query, row -> {
                    ObservationDto dto = ObservationDto.of(row, lang);
                    try {
                        printer.printRecord(columns.stream().map(c -> c.read().apply(dto)).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        };
    }

    /** A page of observations (named for the contract). */
    @Schema(name = "ObservationPage")
    public record ObservationPage(@Schema(required = true) List<ObservationDto> items,
                                  @Schema(required = true, nullable = true, description = "Absolute URL of the next page, or null on the last page.") String next)
            implements Paged {
    }

    @Schema(name = "JsonStatDataset", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            additionalProperties = Schema.True.class,
            requiredProperties = {"version", "class", "id", "size", "role", "dimension", "value"},
            description = "A JSON-stat 2.0 dataset (https://json-stat.org/full/): class, id, size, role, "
            + "dimension (indicator, region, period, breakdown) with labels in the requested language and unit per indicator, "
            + "value in row-major order with null for gaps, status per cell, and sources, per-cell sources and footnotes in extension.")
    public static final class JsonStatSchema {
        private JsonStatSchema() {
        }
    }
}
