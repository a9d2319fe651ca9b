package kz.creativeeconomy.indicator.rest;

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
import kz.creativeeconomy.indicator.Indicator;
import kz.creativeeconomy.indicator.IndicatorEditing;
import kz.creativeeconomy.indicator.IndicatorInput;
import kz.creativeeconomy.indicator.IndicatorService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "What is measured: codes, units, multipliers, definitions.")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;
    @Inject
    RequestLanguage language;
    @Inject
    IndicatorEditing editing;
    @Inject
    CatalogueEndpoints writes;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listIndicators", summary = "List indicators", description = "Ordered by code.")
    public Page<IndicatorDto> list(
            @Parameter(description = "Only indicators of this topic.", example = "creative-economy") @QueryParam("topic") String topic,
            @Parameter(description = "Text search in code, names and definition; case-insensitive.", example = "value added") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000.") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        String checkedTopic = QueryParams.oneOf("topic", topic, indicators.topics());
        return Pages.of(indicators.list(checkedTopic, QueryParams.text("q", q, 200)), i -> i.code, i -> IndicatorDto.of(i, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "One indicator with its coverage")
    public IndicatorDetailDto get(@Parameter(example = "creative-gva") @PathParam("code") String code) {
        Indicator indicator = editing.require(code);
        IndicatorService.Coverage coverage = indicators.coverage(indicator);
        return new IndicatorDetailDto(IndicatorDto.of(indicator, language.get()), new IndicatorDetailDto.Coverage(
                coverage.observations(), coverage.regions(), coverage.firstPeriodStart(), coverage.lastPeriodStart()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createIndicator", summary = "Add an indicator (editor)",
            description = "Unknown fields are rejected (422). A code that another indicator already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IndicatorInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new indicator.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDetailDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceIndicator", summary = "Change an indicator (editor)",
            description = "Replaces every editable field: a field left out becomes empty or takes its default. "
                    + "The code is the public key and never changes: leave it out or send the current one. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = IndicatorInput.class)))
    public IndicatorDetailDto update(@Parameter(description = "Indicator code.", example = "creative-gva") @PathParam("code") String code,
                                     @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                                     String body) {
        return writes.update(editing, code, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{code}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator (editor)",
            description = "Only an indicator without observations (deleted ones included, since their revision history refers to it); "
                    + "otherwise 409 says how many it has. "
                    + "The audit log keeps the old values. Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = OpenApiDefaults.STILL_REFERENCED)
    public Response delete(@Parameter(description = "Indicator code.", example = "creative-gva") @PathParam("code") String code,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the indicator is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, code, ifMatch, reason, uri);
    }
}
