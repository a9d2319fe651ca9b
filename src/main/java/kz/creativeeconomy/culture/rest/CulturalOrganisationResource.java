package kz.creativeeconomy.culture.rest;

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
import java.util.List;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.OpenApiDefaults;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationEditing;
import kz.creativeeconomy.culture.CulturalOrganisationInput;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/cultural-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cultural organisations", description = "Organisations of the cultural sector of East Kazakhstan region named by the paper.")
public class CulturalOrganisationResource {

    @Inject
    CulturalOrganisationService organisations;
    @Inject
    EventService events;
    @Inject
    RegionService regions;
    @Inject
    RequestLanguage language;
    @Inject
    CulturalOrganisationEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listCulturalOrganisations", summary = "List cultural organisations",
            description = "Ordered by id. Filters combine with AND; the values of one repeatable filter combine with OR.")
    public Page<CulturalOrganisationDto> list(
            @Parameter(description = "Region code or slug; includes every region inside it (east-kazakhstan includes ust-kamenogorsk). "
                    + "Repeatable or comma-separated.", example = "east-kazakhstan") @QueryParam("region") List<String> region,
            @Parameter(description = "Organisation type, one of those in use; repeatable or comma-separated.", example = "concert_organisation")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Text search in names and descriptions in every language (en, ru, kk); case-insensitive.", example = "Ertis")
            @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        List<String> regionKeys = QueryParams.list(region);
        CulturalOrganisationService.Filter filter = new CulturalOrganisationService.Filter(
                regionKeys.isEmpty() ? null : regions.withDescendants(regions.resolveAll("region", regionKeys).stream().map(r -> r.id).toList()),
                QueryParams.list(type).isEmpty() ? List.of() : QueryParams.allOf("type", type, organisations.types()),
                QueryParams.text("q", q, 200));
        return Pages.of(organisations.list(filter), o -> o.id, o -> CulturalOrganisationDto.of(o, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCulturalOrganisation", summary = "One organisation with its children, events and observations",
            description = "Events and observations include those of the organisations inside it (a concert hall of a concert "
                    + "organisation, at any depth). The observations are those whose breakdown the paper attributes to the organisation.")
    public CulturalOrganisationDetailDto get(@Parameter(description = "Organisation id.", example = "ertis-concert") @PathParam("id") String id) {
        Language lang = language.get();
        CulturalOrganisation organisation = editing.require(id);
        List<String> inside = organisations.withDescendants(organisation.id);
        return new CulturalOrganisationDetailDto(
                CulturalOrganisationDto.of(organisation, lang),
                organisations.children(organisation).stream().map(o -> CulturalOrganisationRef.of(o, lang)).toList(),
                events.ofOrganisations(inside).stream().map(e -> CulturalOrganisationDetailDto.EventSummary.of(e, lang)).toList(),
                organisations.observationsOf(inside).stream().map(o -> ObservationDto.of(o, lang)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createCulturalOrganisation", summary = "Add a cultural organisation (editor)",
            description = "Unknown fields are rejected (422). An id that another organisation already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CulturalOrganisationInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new organisation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CulturalOrganisationDetailDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceCulturalOrganisation", summary = "Change a cultural organisation (editor)",
            description = "Replaces every editable field: a field left out becomes empty. "
                    + "The id is the public key and never changes: leave it out or send the current one. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CulturalOrganisationInput.class)))
    public CulturalOrganisationDetailDto update(@Parameter(description = "Organisation id.", example = "ertis-concert") @PathParam("id") String id,
                                                @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                                                String body) {
        return writes.update(editing, id, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteCulturalOrganisation", summary = "Delete a cultural organisation (editor)",
            description = "Only an organisation nothing refers to: "
                    + "organisations inside it, events, initiatives or breakdown members that attribute observations to it answer 409 naming them. "
                    + "The audit log keeps the old values. Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = OpenApiDefaults.STILL_REFERENCED)
    public Response delete(@Parameter(description = "Organisation id.", example = "ertis-concert") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the organisation is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, id, ifMatch, reason, uri);
    }
}
