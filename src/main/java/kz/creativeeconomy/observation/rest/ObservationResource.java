package kz.creativeeconomy.observation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.http.resilience.ExportSlots;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Paged;
import kz.creativeeconomy.http.writes.WriteRequests;
import kz.creativeeconomy.observation.ObservationChange;
import kz.creativeeconomy.observation.ObservationInput;
import kz.creativeeconomy.observation.ObservationWriter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.common.Times;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.Representation;
import kz.creativeeconomy.xlsx.XlsxExport;
import kz.creativeeconomy.xlsx.XlsxPageWriter;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/observations")
@Tag(name = "Observations", description = "The published values: indicator x region x period x breakdown.")
public class ObservationResource {

    @Inject
    ExportSlots exportSlots;
    @Inject
    ObservationService observations;
    @Inject
    ObservationFilters filters;
    @Inject
    RequestLanguage language;
    @Inject
    DataVersion dataVersion;
    @Inject
    WholeResults wholeResults;
    @Inject
    ObservationWriter writer;
    @Inject
    WriteRequests writeRequests;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;
    @Context
    ContainerRequestContext request;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Representation(jsonStat = true)
    @Operation(operationId = "listObservations", summary = "List observations",
            description = "Filters combine with AND; the values of one repeatable filter combine with OR. "
                    + "Ordered by indicator, region, period start and id; the order is stable, so walking the next links "
                    + "visits every matching observation exactly once.\n\n"
                    + "Formats: JSON pages (default); CSV pages (Accept: text/csv or format=csv; bom=true for Excel); "
                    + "the whole filtered result as one streamed CSV with format=csv&limit=all; "
                    + "xlsx pages (format=xlsx), or the whole result as one streamed workbook with format=xlsx&limit=all; "
                    + "format=json-stat answers the JSON-stat 2.0 dataset of GET /v1/observations/json-stat (described there), for links that already use it.")
    @APIResponse(responseCode = "200", description = "A page of observations, a CSV file, or an xlsx workbook.",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
                    @Content(mediaType = Formats.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            description = "RFC 4180 CSV, UTF-8, header row of snake_case columns: id, indicator_code, indicator_name, "
                                    + "region_code, region_slug, region_name, period_code, period_frequency, period_start, period_end, "
                                    + "breakdown_dimension, breakdown_member, value, unit, unit_label, unit_multiplier, decimals, status, "
                                    + "footnote, source_id, source_reference_number, source_locator, source_title, source_url and more.")),
                    @Content(mediaType = Formats.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary", description = "xlsx workbook: sheet 'data' with the CSV's columns as typed cells (numbers numeric "
                                    + "with their decimals, codes and periods as text, header row frozen), sheet 'sources' with the sources and footnotes."))})
    public Response list(
            @BeanParam ObservationFilterParameters filter,
            @Parameter(description = "Page size, 1 to 1000; or 'all' with format=csv or format=xlsx to export the whole result as one streamed file.",
                    example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "The data as published at this instant (ISO 8601, e.g. 2025-06-01T00:00:00Z, or a date = midnight UTC): "
                    + "values, statuses, footnotes and sources as they were then, including observations deleted since. Names and labels are current.",
                    example = "2025-06-01T00:00:00Z") @QueryParam("as_of") String asOf,
            @Parameter(description = "Representation, overriding Accept: json, csv, xlsx, json-stat (the dataset of /v1/observations/json-stat), "
                    + "sdmx-csv or sdmx-json (the messages of /v1/observations/sdmx-csv and /v1/observations/sdmx-json).", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "json-stat", "xlsx", "sdmx-csv", "sdmx-json"})) @QueryParam("format") String format,
            @Parameter(description = "With CSV: true prefixes a UTF-8 byte-order mark so Excel shows Cyrillic correctly.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("bom") String bom,
            @Parameter(description = "With format=json-stat: true gives value as an object of the non-empty cells (index to value) "
                    + "instead of an array with null for every gap; most cells of a wide selection are empty.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("sparse") String sparse,
            @Context HttpServerRequest http) {
        Language lang = language.get();
        boolean jsonStat = request.getProperty(Formats.JSON_STAT_REQUESTED) != null;
        MediaType accepted = acceptedType();
        boolean csv = !jsonStat && Formats.CSV_TYPE.isCompatible(accepted);
        boolean xlsx = !jsonStat && Formats.XLSX_TYPE.isCompatible(accepted);
        boolean all = "all".equals(limit);
        if (all && !csv && !xlsx) {
            throw ProblemException.invalidParameter("limit", "'all' streams CSV or xlsx only",
                    "an integer from 1 to 1000, or 'all' together with format=csv or format=xlsx");
        }
        boolean sparseJsonStat = JsonStatDataset.sparse(sparse, jsonStat);
        ObservationQuery query = filters.parse(filter, all || jsonStat ? null : limit, cursor).withAsOf(Times.parseInstant("as_of", asOf));
        if (jsonStat) {
            return wholeResults.jsonStat(query, sparseJsonStat, "format", "narrower filters, or format=csv&limit=all for the whole result");
        }
        if (all) {
            // One of the few export slots, held until the stream ends (see ExportSlots).
            return exportSlots.streaming(() -> xlsx
                    ? XlsxExport.of(ObservationDto.class, http.absoluteURI(), XlsxPageWriter.versionText(dataVersion),
                            item -> observations.stream(query, row -> item.accept(ObservationDto.of(row, lang))))
                    : ObservationCsvExport.streaming(observations, query, lang, "true".equals(bom)), xlsx ? Formats.XLSX : Formats.CSV_UTF8).build();
        }
        List<ObservationRow> rows = observations.page(query);
        boolean more = rows.size() > query.limit();
        List<ObservationRow> page = more ? rows.subList(0, query.limit()) : rows;
        // The request's URL as the HTTP layer has it, unparsed: UriInfo parses it into a URI first (a few per cent of a page).
        String next = more ? Pages.nextUrl(http.absoluteURI(), Cursor.encode(ObservationService.keyOf(page.get(page.size() - 1)))) : null;
        if (csv || xlsx) {
            return Response.ok(new ObservationPage(page.stream().map(r -> ObservationDto.of(r, lang)).toList(), next),
                    csv ? Formats.CSV_UTF8 : Formats.XLSX).build();
        }
        return Response.ok(new ObservationRows(page, lang, next), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservation", summary = "One observation", description = "With as_of, as published at that instant.")
    public ObservationDto get(@Parameter(example = "1") @PathParam("id") String id,
                              @Parameter(description = "The observation as published at this instant.", example = "2025-06-01T00:00:00Z")
                              @QueryParam("as_of") String asOf) {
        long observationId = parseId(id);
        return observations.find(observationId, Times.parseInstant("as_of", asOf)).map(r -> ObservationDto.of(r, language.get()))
                .orElseThrow(() -> ProblemException.notFound("observation", id, "Use an id listed by /v1/observations (with as_of, one published then)."));
    }

    @GET
    @Path("/{id}/revisions")
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listObservationRevisions", summary = "The revision history of one observation",
            description = "Every change, oldest first: when it was recorded, who made it, why, and the published state before and after. Deletions are tombstones and appear here.")
    public Page<RevisionDto> revisions(@Parameter(example = "1") @PathParam("id") String id) {
        List<ObservationService.Version> versions = observations.versions(parseId(id));
        if (versions.isEmpty()) {
            throw ProblemException.notFound("observation", id, "Use an id listed by /v1/observations.");
        }
        List<RevisionDto> revisions = new java.util.ArrayList<>();
        RevisionDto.State before = null;
        for (ObservationService.Version v : versions) {
            RevisionDto.State after = new RevisionDto.State(v.value(), v.status(), v.footnote(), v.sourceId(), v.deleted());
            revisions.add(new RevisionDto(v.recordedAt(), v.operation(), v.changedBy(), v.reason(), v.importId(), before, after));
            before = after;
        }
        return new Page<>(revisions, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createObservation", summary = "Publish a new observation (editor)",
            description = "Unknown fields are rejected (422). If a deleted observation has the same natural key, it is restored with the new state; a live one answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ObservationInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new observation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationDto.class)))
    public Response create(String body) {
        ObservationInput input = writeRequests.parse(body, ObservationInput.class);
        long id = writer.create(input, caller.get(), uri.getPath());
        writeRequests.changed();
        return Response.created(uri.getBaseUriBuilder().path("v1/observations/{id}").build(id))
                .entity(observations.find(id, null).map(r -> ObservationDto.of(r, language.get())).orElseThrow()).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "reviseObservation", summary = "Revise an observation (editor)",
            description = "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it). The previous state stays in the revisions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ObservationChange.class)))
    public ObservationDto update(@PathParam("id") String id,
                                 @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                                 String body) {
        long observationId = parseId(id);
        ObservationChange change = writeRequests.parse(body, ObservationChange.class);
        writer.update(observationId, change, ifMatch, caller.get(), uri.getPath());
        writeRequests.changed();
        return observations.find(observationId, null).map(r -> ObservationDto.of(r, language.get())).orElseThrow();
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteObservation", summary = "Withdraw an observation (editor)",
            description = "A tombstone: gone from current reads, still in its revisions and in as_of reads before the deletion. Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the observation is withdrawn.", required = true, example = "Duplicate of observation 12")
                           @QueryParam("reason") String reason) {
        writer.delete(parseId(id), reason, ifMatch, caller.get(), uri.getPath());
        writeRequests.changed();
        return Response.noContent().build();
    }

    private static long parseId(String id) {
        return ProblemException.numericId("observation", id, "Observation ids are integers listed by /v1/observations.");
    }

    private MediaType acceptedType() {
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (type.isCompatible(Formats.CSV_TYPE) || type.isCompatible(Formats.XLSX_TYPE)) {
                return type;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /** A page of observations (named for the contract). */
    @Schema(name = "ObservationPage")
    public record ObservationPage(@Schema(required = true) List<ObservationDto> items,
                                  @Schema(required = true, nullable = true, description = "Absolute URL of the next page, or null on the last page.") String next,
                                  @Schema(required = true, nullable = true, description = "The cursor of the next page alone, to send as cursor= with the same other parameters; null on the last page.",
                                          examples = "djF8MXwxfDIwMTgtMDEtMDF8MQ") String nextCursor)
            implements Paged {

        public ObservationPage(List<ObservationDto> items, String next) {
            this(items, next, Pages.cursorOf(next));
        }
    }
}
