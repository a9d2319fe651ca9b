package kz.creativeeconomy.challenge.rest;

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
import kz.creativeeconomy.challenge.Challenge;
import kz.creativeeconomy.challenge.ChallengeEditing;
import kz.creativeeconomy.challenge.ChallengeInput;
import kz.creativeeconomy.challenge.ChallengeService;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.http.formats.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges", description = "Problems of the cultural sphere and the creative industry and the proposed solutions (Tables 4 and 5).")
public class ChallengeResource {

    @Inject
    ChallengeService challenges;
    @Inject
    ChallengeEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listChallenges", summary = "List problems and proposed solutions",
            description = "Ordered by table, then by the row order of the table. Filters combine with AND.")
    public Page<ChallengeDto> list(
            @Parameter(description = "Who identified the problem: akimat (Table 4) or authors (Table 5).", example = "akimat")
            @QueryParam("identified_by") String identifiedBy,
            @Parameter(description = "Number of the paper's table: 4 (sphere of culture) or 5 (creative industry).", example = "5")
            @QueryParam("table") String table,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        return Pages.of(challenges.list(QueryParams.oneOf("identified_by", identifiedBy, Challenge.PARTIES),
                        QueryParams.oneOf("table", table, Challenge.TABLES)),
                c -> c.paperTable + "/" + String.format("%04d", c.ordinal), ChallengeDto::of, limit, cursor, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChallenge", summary = "One problem with its proposed solutions")
    public ChallengeDto get(@Parameter(description = "Challenge id.", example = "culture-low-wages") @PathParam("id") String id) {
        return ChallengeDto.of(editing.require(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createChallenge", summary = "Add a challenge (editor)",
            description = "Unknown fields are rejected (422). "
                    + "An id that another challenge already has, or a row of the table that another challenge is in, answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChallengeInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new challenge.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceChallenge", summary = "Change a challenge (editor)",
            description = "Replaces every editable field: a field left out becomes empty. "
                    + "The id is the public key and never changes: leave it out or send the current one. "
                    + "A row of the table that another challenge is in answers 409. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChallengeInput.class)))
    @APIResponse(responseCode = "200", description = "The challenge as replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeDto.class)))
    @APIResponse(responseCode = "409", description = "Another challenge is in that row of the table. Nothing was changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ChallengeDto update(@Parameter(description = "Challenge id.", example = "culture-low-wages") @PathParam("id") String id,
                               @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                               String body) {
        return writes.update(editing, id, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteChallenge", summary = "Delete a challenge (editor)",
            description = "Nothing refers to a challenge, so any challenge can be deleted. The audit log keeps the old values. "
                    + "Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = "Challenge id.", example = "culture-low-wages") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the challenge is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, id, ifMatch, reason, uri);
    }
}
