package kz.creativeeconomy.sdmx.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.Times;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.MessageContext;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.rest.ObservationFilterParameters;
import kz.creativeeconomy.observation.rest.ObservationFilters;
import kz.creativeeconomy.observation.rest.WholeResults;
import kz.creativeeconomy.sdmx.SdmxJsonData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Observations as one SDMX-JSON 2.0 data message: the whole filtered result, as the JSON-stat dataset is. */
@Path("/v1/observations/sdmx-json")
@Tag(name = "Observations")
public class SdmxJsonResource {

    static final String MEDIA_TYPE = "application/vnd.sdmx.data+json";

    @Inject
    WholeResults wholeResults;
    @Inject
    ObservationFilters filters;
    @Inject
    MessageContext context;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces(Formats.SDMX_JSON)
    @Operation(operationId = "getObservationsSdmxJson", summary = "Observations as an SDMX-JSON 2.0 data message",
            description = "The whole filtered result (at most 100,000 observations) as an SDMX-JSON 2.0 data message of the dataflow "
                    + "CREATIVE_ECONOMY_KZ:DF_OBSERVATIONS(1.0.0), all dimensions at observation level. Each observation holds its exact value "
                    + "and its attributes UNIT_MEASURE, UNIT_MULT, DECIMALS, OBS_STATUS, SOURCE and OBS_COMMENT (the footnote). "
                    + "No matching observation is a 404, as in SDMX REST. "
                    + "GET /v1/observations?format=sdmx-json, or with Accept: application/vnd.sdmx.data+json;version=2.0.0, answers the same.")
    @APIResponse(responseCode = "200", description = "An SDMX-JSON 2.0 data message.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    requiredProperties = {"meta", "data"},
                    description = "An SDMX-JSON 2.0 data message (https://github.com/sdmx-twg/sdmx-json), valid against its JSON schema.")))
    public Response message(
            @BeanParam ObservationFilterParameters filter,
            @Parameter(description = "The data as published at this instant (ISO 8601, or a date = midnight UTC).", example = "2025-06-01T00:00:00Z")
            @QueryParam("as_of") String asOf) throws JsonProcessingException {
        ObservationQuery query = filters.parse(filter, null, null)
                .withAsOf(Times.parseInstant("as_of", asOf));
        List<ObservationRow> rows = wholeResults.rows(query, "indicator",
                "narrower filters (indicator, region, period, from, to, ...), or /v1/observations/sdmx-csv?limit=all for the whole result");
        if (rows.isEmpty()) {
            throw new ProblemException(404, kz.creativeeconomy.common.ProblemTypes.NOT_FOUND, "Resource not found",
                    "No observation matches these filters; an SDMX data message answers 404 then, as SDMX REST does. "
                            + "/v1/observations lists what exists.", null);
        }
        DataVersion.Version version = context.version();
        String body = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(
                SdmxJsonData.message(rows, context.language(), version.number(), version.changedAt(), context.base(), context.self()));
        return Response.ok(body, Formats.SDMX_JSON).build();
    }
}
