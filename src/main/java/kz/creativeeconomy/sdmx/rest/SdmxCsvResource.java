package kz.creativeeconomy.sdmx.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.common.Cursor;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.Times;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.resilience.ExportSlots;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;
import kz.creativeeconomy.observation.rest.ObservationFilterParameters;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.sdmx.SdmxCsv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Observations as SDMX-CSV 2.0, paged as the API's CSV is, or the whole result streamed with limit=all. */
@Path("/v1/observations/sdmx-csv")
@Tag(name = "Observations")
public class SdmxCsvResource {

    /** Without the version parameter: the contract keys content by the bare media type. */
    static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv";
    static final String CONTENT_TYPE = Formats.SDMX_CSV + ";charset=UTF-8";

    @Inject
    ObservationService observations;
    @Inject
    ObservationFilters filters;
    @Inject
    ExportSlots exportSlots;
    @Context
    UriInfo uri;

    @GET
    @Produces(Formats.SDMX_CSV)
    @Operation(operationId = "getObservationsSdmxCsv", summary = "Observations as SDMX-CSV 2.0",
            description = "The filtered observations as an SDMX-CSV 2.0 data message of the dataflow CREATIVE_ECONOMY_KZ:DF_OBSERVATIONS(1.0.0), "
                    + "whose structure is at /v1/sdmx/structure/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0?references=descendants. "
                    + "Columns: STRUCTURE, STRUCTURE_ID, ACTION, INDICATOR, REF_AREA, BREAKDOWN, TIME_PERIOD, OBS_VALUE (exact, as published), "
                    + "UNIT_MEASURE, UNIT_MULT, DECIMALS, OBS_STATUS (A normal, P provisional, E estimated, B break), SOURCE and OBS_COMMENT (the footnote). "
                    + "Pages as /v1/observations (limit, cursor, the next page in the Link header); limit=all streams the whole result. "
                    + "GET /v1/observations?format=sdmx-csv, or with Accept: application/vnd.sdmx.data+csv;version=2.0.0, answers the same.")
    @APIResponse(responseCode = "200", description = "An SDMX-CSV 2.0 file (RFC 4180, UTF-8).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "SDMX-CSV 2.0: a header row of component ids, then one row per observation (a file, as the xlsx).")))
    public Response csv(
            @BeanParam ObservationFilterParameters filter,
            @Parameter(description = "Page size, 1 to 1000; or 'all' to export the whole result as one streamed file.", example = "100")
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "The data as published at this instant (ISO 8601, or a date = midnight UTC).", example = "2025-06-01T00:00:00Z")
            @QueryParam("as_of") String asOf) {
        boolean all = "all".equals(limit);
        ObservationQuery query = filters.parse(filter, all ? null : limit, cursor)
                .withAsOf(Times.parseInstant("as_of", asOf));
        if (all) {
            // One of the few export slots, held until the stream ends (see ExportSlots), as for format=csv&limit=all.
            return attachment(exportSlots.streaming(() -> SdmxCsv.streaming(observations, query), CONTENT_TYPE)).build();
        }
        List<ObservationRow> rows = observations.page(query);
        boolean more = rows.size() > query.limit();
        List<ObservationRow> page = more ? rows.subList(0, query.limit()) : rows;
        Response.ResponseBuilder response = attachment(Response.ok(SdmxCsv.page(page), CONTENT_TYPE));
        if (more) {
            // From the URL this operation was reached by (/v1/observations?format=sdmx-csv is routed here), so the link is
            // the same whichever spelling was asked for.
            response.header("Link", "<" + Pages.nextUrl(uri, Cursor.encode(ObservationService.keyOf(page.get(page.size() - 1)))) + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static Response.ResponseBuilder attachment(Response.ResponseBuilder response) {
        return response.header("Content-Disposition", "attachment; filename=\"observations.sdmx.csv\"");
    }
}
