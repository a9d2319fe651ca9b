package kz.creativeeconomy.initiative.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.initiative.Initiative;
import kz.creativeeconomy.initiative.InitiativeEditing;
import kz.creativeeconomy.initiative.InitiativeInput;
import kz.creativeeconomy.initiative.InitiativeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Activities implemented by government, business and universities (Table 8).")
public class InitiativeResource {

    @Inject
    InitiativeService initiatives;
    @Inject
    RequestLanguage language;
    @Inject
    InitiativeEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listInitiatives", summary = "List initiatives", description = "Ordered by id. Filters combine with AND.")
    public Page<InitiativeDto> list(
            @Parameter(description = "Who carried it out: government, business or university.", example = "government") @QueryParam("actor") String actor,
            @Parameter(description = "Year (publication year of the cited source); initiatives without a year never match.", example = "2024")
            @QueryParam("year") String year,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        return Pages.of(initiatives.list(QueryParams.oneOf("actor", actor, Initiative.ACTORS), QueryParams.integer("year", year, 1900, 2100)),
                i -> i.id, i -> InitiativeDto.of(i, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInitiative", summary = "One initiative")
    public InitiativeDto get(@Parameter(description = "Initiative id.", example = "ekr-creative-industries-council-creation") @PathParam("id") String id) {
        return InitiativeDto.of(editing.require(id), language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createInitiative", summary = "Add an initiative (editor)",
            description = "Unknown fields are rejected (422). An id that another initiative already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InitiativeInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new initiative.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitiativeDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceInitiative", summary = "Change an initiative (editor)",
            description = "Replaces every editable field: a field left out becomes empty. "
                    + "The id is the public key and never changes: leave it out or send the current one. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = InitiativeInput.class)))
    public InitiativeDto update(@Parameter(description = "Initiative id.", example = "ekr-creative-industries-council-creation") @PathParam("id") String id,
                                @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                                String body) {
        return writes.update(editing, id, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteInitiative", summary = "Delete an initiative (editor)",
            description = "Nothing refers to an initiative, so any initiative can be deleted. The audit log keeps the old values. "
                    + "Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = "Initiative id.", example = "ekr-creative-industries-council-creation") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the initiative is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, id, ifMatch, reason, uri);
    }
}
