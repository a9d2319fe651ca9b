package kz.creativeeconomy.source.rest;

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
import kz.creativeeconomy.common.OpenApiDefaults;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.source.SourceEditing;
import kz.creativeeconomy.source.SourceInput;
import kz.creativeeconomy.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Citations behind every value.")
public class SourceResource {

    @Inject
    SourceService sources;
    @Inject
    SourceEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listSources", summary = "List sources", description = "Ordered by id.")
    public Page<SourceDto> list(
            @Parameter(description = "Only sources with this reference number in the paper.", example = "24") @QueryParam("reference") String reference,
            @Parameter(description = "Page size, 1 to 1000.") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Integer referenceNumber = QueryParams.integer("reference", reference, 1, 999);
        return Pages.of(sources.list(referenceNumber), s -> s.id, SourceDto::of, limit, cursor, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "One source")
    public SourceDto get(@Parameter(example = "bns-creative-gva-table-1") @PathParam("id") String id) {
        return SourceDto.of(editing.require(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createSource", summary = "Add a source (editor)",
            description = "Unknown fields are rejected (422). An id that another source already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SourceInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new source.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceSource", summary = "Change a source (editor)",
            description = "Replaces every editable field: a field left out becomes empty or takes its default. "
                    + "The id is the public key and never changes: leave it out or send the current one. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SourceInput.class)))
    public SourceDto update(@Parameter(description = "Source id.", example = "bns-creative-gva-table-1") @PathParam("id") String id,
                            @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                            String body) {
        return writes.update(editing, id, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteSource", summary = "Delete a source (editor)",
            description = "Only a source nothing cites: observations (deleted ones and earlier revisions included), organisations, "
                    + "events, initiatives, challenges or entries of the ecosystem model that cite it answer 409 naming them. "
                    + "The audit log keeps the old values. Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = OpenApiDefaults.STILL_REFERENCED)
    public Response delete(@Parameter(description = "Source id.", example = "bns-creative-gva-table-1") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the source is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, id, ifMatch, reason, uri);
    }
}
