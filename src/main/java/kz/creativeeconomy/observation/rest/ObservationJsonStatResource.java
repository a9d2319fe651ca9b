package kz.creativeeconomy.observation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.creativeeconomy.common.Times;
import kz.creativeeconomy.http.formats.Representation;
import kz.creativeeconomy.observation.ObservationQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The filtered observations as one JSON-stat 2.0 dataset: its own operation, so that the contract gives each
 * operation and media type one schema (a page or a dataset behind one application/json confused every generated
 * client). GET /v1/observations?format=json-stat answers the same dataset, for the links that already use it.
 */
@Path("/v1/observations/json-stat")
@Tag(name = "Observations")
public class ObservationJsonStatResource {

    @Inject
    ObservationFilters filters;
    @Inject
    WholeResults wholeResults;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Representation(jsonStat = true)
    @Operation(operationId = "getObservationsJsonStat", summary = "Observations as one JSON-stat 2.0 dataset",
            description = "The whole filtered result (at most 100,000 observations) as a JSON-stat 2.0 dataset "
                    + "(https://json-stat.org/full/), with the same filters as /v1/observations. "
                    + "GET /v1/observations?format=json-stat answers the same dataset.")
    @APIResponse(responseCode = "200", description = "A JSON-stat 2.0 dataset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonStatSchema.Dataset.class)))
    public Response dataset(
            @BeanParam ObservationFilterParameters filter,
            @Parameter(description = "The data as published at this instant (ISO 8601, or a date = midnight UTC).", example = "2025-06-01T00:00:00Z")
            @QueryParam("as_of") String asOf,
            @Parameter(description = "true gives value as an object of the non-empty cells (index to value) instead of an array with "
                    + "null for every gap; most cells of a wide selection are empty.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("sparse") String sparse) {
        ObservationQuery query = filters.parse(filter, null, null)
                .withAsOf(Times.parseInstant("as_of", asOf));
        return wholeResults.jsonStat(query, JsonStatDataset.sparse(sparse, true), "indicator",
                "narrower filters (indicator, region, period, from, to, ...), or /v1/observations?format=csv&limit=all for the whole result");
    }
}
