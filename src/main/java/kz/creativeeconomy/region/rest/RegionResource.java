package kz.creativeeconomy.region.rest;

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
import kz.creativeeconomy.common.OpenApiDefaults;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.region.Levels;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionEditing;
import kz.creativeeconomy.region.RegionInput;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The Republic, its cities of republican significance, regions, districts and cities.")
public class RegionResource {

    @Inject
    RegionService regions;
    @Inject
    RequestLanguage language;
    @Inject
    RegionEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listRegions", summary = "List regions", description = "Ordered by code. Filters combine with AND.")
    public Page<RegionDto> list(
            @Parameter(description = "Administrative level.", example = "region") @QueryParam("level") String level,
            @Parameter(description = "Only the direct children of this region (code or slug).", example = "east-kazakhstan") @QueryParam("parent") String parent,
            @Parameter(description = "Only regions that existed on this date (ISO 8601).", example = "2021-01-01") @QueryParam("valid_on") String validOn,
            @Parameter(description = "Text search in names (en, ru, kk), code and slug; case-insensitive.", example = "Kazakh") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        RegionService.Filter filter = new RegionService.Filter(
                QueryParams.oneOf("level", level, Levels.ALL),
                parent == null || parent.isBlank() ? null : regions.resolve("parent", parent.trim()).id,
                QueryParams.date("valid_on", validOn),
                QueryParams.text("q", q, 200));
        return Pages.of(regions.list(filter), r -> r.code, r -> RegionDto.of(r, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{code_or_slug}")
    @Operation(operationId = "getRegion", summary = "One region with its parent, children, predecessors and successors")
    public RegionDetailDto get(@Parameter(description = "KATO code, KZ, or slug.", example = "east-kazakhstan") @PathParam("code_or_slug") String codeOrSlug) {
        Language lang = language.get();
        Region region = editing.require(codeOrSlug);
        return new RegionDetailDto(
                RegionDto.of(region, lang),
                regions.children(region).stream().map(r -> RegionRef.of(r, lang)).toList(),
                regions.predecessorsOf(region).stream().map(s -> new RegionDetailDto.Succession(
                        RegionRef.of(s.predecessor, lang), s.key.changedOn(), s.kind, s.note, s.sourceUrl)).toList(),
                regions.successorsOf(region).stream().map(s -> new RegionDetailDto.Succession(
                        RegionRef.of(s.successor, lang), s.key.changedOn(), s.kind, s.note, s.sourceUrl)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createRegion", summary = "Add a region (editor)",
            description = "Unknown fields are rejected (422). A code or slug that another region already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegionInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new region.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDetailDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{code_or_slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceRegion", summary = "Change a region (editor)",
            description = "Replaces every editable field: a field left out becomes empty. The code and the slug are the public keys "
                    + "and never change: leave them out or send the current ones. Needs If-Match with an ETag from a GET made after "
                    + "the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegionInput.class)))
    public RegionDetailDto update(@Parameter(description = "KATO code, KZ, or slug.", example = "ulan-district") @PathParam("code_or_slug") String codeOrSlug,
                                  @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                                  String body) {
        return writes.update(editing, codeOrSlug, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{code_or_slug}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteRegion", summary = "Delete a region (editor)",
            description = "Only a region that nothing refers to: a region with regions inside it, territorial changes, observations "
                    + "(deleted ones included), organisations or events answers 409 naming them. The audit log keeps the old values. "
                    + "Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = OpenApiDefaults.STILL_REFERENCED)
    public Response delete(@Parameter(description = "KATO code, KZ, or slug.", example = "ulan-district") @PathParam("code_or_slug") String codeOrSlug,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the region is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, codeOrSlug, ifMatch, reason, uri);
    }
}
