package kz.creativeeconomy.ecosystem.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.creativeeconomy.ecosystem.EcosystemService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/ecosystem-model")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ecosystem model", description = "The Collaborative Ecosystem Model of government, universities and business (Tables 6 to 8).")
public class EcosystemModelResource {

    @Inject
    EcosystemService ecosystem;

    @GET
    @Operation(operationId = "getEcosystemModel", summary = "The Collaborative Ecosystem Model as one document",
            description = "One JSON object a frontend can draw as a matrix of actors (rows) and aspects (columns), with the "
                    + "adaptation to the region and the recommendations per actor. Not paginated: it is one document, and it "
                    + "takes no limit or cursor.")
    public EcosystemModelDto get() {
        return EcosystemModelDto.of(ecosystem.contributions(), ecosystem.adaptation(), ecosystem.recommendations());
    }
}
