package kz.creativeeconomy.auth.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.auth.ApiKeyService;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.http.writes.WriteRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys for editors and admins (admin only).")
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;
    @Inject
    WriteRequests writeRequests;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @GET
    @RequiresRole(Role.admin)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "listApiKeys", summary = "List API keys (admin)")
    public Page<ApiKeyDto> list() {
        return new Page<>(keys.list().stream().map(ApiKeyDto::of).toList(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.admin)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createApiKey", summary = "Create an API key (admin)", description = "The response shows the key once.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApiKeyRequest.class)))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewApiKeyDto.class)))
    public Response create(String body) {
        ApiKeyRequest request = writeRequests.parse(body, ApiKeyRequest.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > FieldChecks.KEY_LENGTH) {
            errors.add(new Problem.FieldError(null, "name", "is required, at most " + FieldChecks.KEY_LENGTH + " characters", "a short name of who uses the key"));
        }
        if (request.role() == null || !List.of("editor", "admin").contains(request.role())) {
            errors.add(new Problem.FieldError(null, "role", request.role() == null ? "is required" : "unknown role '" + request.role() + "'", "editor, admin"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidBody(errors);
        }
        ApiKeyService.NewKey created = keys.create(request.name().trim(), Role.valueOf(request.role()), caller.get().name());
        return Response.created(uri.getRequestUriBuilder().path(String.valueOf(created.stored().id())).build())
                .entity(new NewApiKeyDto(ApiKeyDto.of(created.stored()), created.key())).build();
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.admin)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (admin)", description = "The key stops working at once. Revoking twice is harmless.")
    public ApiKeyDto revoke(@PathParam("id") String id) {
        long keyId = ProblemException.numericId("API key", id, "Key ids are integers listed by GET /v1/api-keys.");
        return keys.revoke(keyId).map(ApiKeyDto::of)
                .orElseThrow(() -> ProblemException.notFound("API key", id, "Key ids are listed by GET /v1/api-keys."));
    }
}
