package kz.creativeeconomy.sdmx.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import kz.creativeeconomy.http.caching.DataVersion;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.http.formats.MessageContext;
import kz.creativeeconomy.sdmx.SdmxCodes;
import kz.creativeeconomy.sdmx.SdmxStructureMessage;
import kz.creativeeconomy.sdmx.SdmxStructureMessage.Artefact;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SDMX structures as SDMX-JSON 2.0 structure messages, at SDMX REST paths (/structure/{type}/{agency}/{id}/{version})
 * written out in full: the structures are few and fixed, and fixed paths keep every operation callable by the generated
 * clients. /v1/sdmx/structure holds them all; /v1/sdmx/structure/codelist holds every codelist.
 */
@Path("/v1/sdmx/structure")
// Every operation answers the same kind of message, so its media type and response are declared once, for the class.
@Produces(Formats.SDMX_STRUCTURE_JSON)
@APIResponse(responseCode = "200", description = "An SDMX-JSON 2.0 structure message.", content = @Content(mediaType = SdmxStructureResource.MEDIA_TYPE,
        schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, requiredProperties = {"meta", "data"},
                description = SdmxStructureResource.MESSAGE)))
@Tag(name = "SDMX", description = "SDMX 2.0 structures (data structure definition, dataflow, concepts, codelists) of the observations.")
public class SdmxStructureResource {

    static final String MEDIA_TYPE = "application/vnd.sdmx.structure+json";
    static final String MESSAGE = "An SDMX-JSON 2.0 structure message (https://github.com/sdmx-twg/sdmx-json), valid against its JSON schema.";

    @Inject
    SdmxCodes codes;
    @Inject
    MessageContext context;
    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "getSdmxStructures", summary = "Every SDMX structure of the observations",
            description = "The dataflow DF_OBSERVATIONS, its data structure definition DSD_OBSERVATIONS, the concept scheme CS_OBSERVATIONS "
                    + "and the codelists CL_INDICATOR, CL_REGION, CL_BREAKDOWN, CL_OBS_STATUS, CL_UNIT and CL_SOURCE, of agency CREATIVE_ECONOMY_KZ, "
                    + "version 1.0.0, in one SDMX-JSON 2.0 structure message.")
    public Response all() throws JsonProcessingException {
        return message(SdmxStructureMessage.select(Artefact.ALL, "none"));
    }

    @GET
    @Path("/dataflow/CREATIVE_ECONOMY_KZ/DF_OBSERVATIONS/1.0.0")
    @Operation(operationId = "getSdmxDataflow", summary = "The SDMX dataflow of the observations",
            description = "The dataflow the SDMX data messages (/v1/observations/sdmx-csv, /v1/observations/sdmx-json) refer to. "
                    + "references=descendants adds everything needed to read them.")
    public Response dataflow(@BeanParam References references) throws JsonProcessingException {
        return message(SdmxStructureMessage.select(Artefact.DATAFLOW, references.value));
    }

    @GET
    @Path("/datastructure/CREATIVE_ECONOMY_KZ/DSD_OBSERVATIONS/1.0.0")
    @Operation(operationId = "getSdmxDataStructure", summary = "The SDMX data structure definition of the observations",
            description = "Dimensions INDICATOR, REF_AREA, BREAKDOWN and TIME_PERIOD; measure OBS_VALUE; attributes UNIT_MEASURE, UNIT_MULT, "
                    + "DECIMALS, OBS_STATUS, SOURCE and OBS_COMMENT.")
    public Response dataStructure(@BeanParam References references) throws JsonProcessingException {
        return message(SdmxStructureMessage.select(Artefact.DATA_STRUCTURE, references.value));
    }

    @GET
    @Path("/conceptscheme/CREATIVE_ECONOMY_KZ/CS_OBSERVATIONS/1.0.0")
    @Operation(operationId = "getSdmxConceptScheme", summary = "The SDMX concepts of the observations",
            description = "The concepts the components of the data structure definition take their identity from.")
    public Response conceptScheme() throws JsonProcessingException {
        return message(SdmxStructureMessage.select(Artefact.CONCEPT_SCHEME, "none"));
    }

    @GET
    @Path("/codelist")
    @Operation(operationId = "getSdmxCodelists", summary = "The SDMX codelists of the observations",
            description = "CL_INDICATOR (indicator codes), CL_REGION (KATO codes), CL_BREAKDOWN (_T, each breakdown dimension and its members "
                    + "as dimension-member), CL_OBS_STATUS (A normal, P provisional, E estimated, B break: the API's final, provisional, estimated "
                    + "and break), CL_UNIT and CL_SOURCE, with names in en, ru and kk where they exist.")
    public Response codelists() throws JsonProcessingException {
        return message(SdmxStructureMessage.select(Artefact.CODELISTS, "none"));
    }

    private Response message(java.util.Set<Artefact> artefacts) throws JsonProcessingException {
        DataVersion.Version version = context.version();
        ObjectNode message = SdmxStructureMessage.of(artefacts, artefacts.contains(Artefact.CODELISTS) ? codes.all() : null, context.language(),
                version.number(), version.changedAt(), context.base(), context.self());
        return Response.ok(mapper.writeValueAsString(message), Formats.SDMX_STRUCTURE_JSON).build();
    }

}
