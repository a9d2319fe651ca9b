package kz.creativeeconomy.initiative.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.initiative.Initiative;
import kz.creativeeconomy.initiative.InitiativeEditing;
import kz.creativeeconomy.initiative.InitiativeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Activities implemented by government, business and universities (Table 8).")
public class InitiativeResource extends CatalogueWrites.ById<InitiativeDto> {

    @Inject
    InitiativeService initiatives;
    @Inject
    RequestLanguage language;
    @Inject
    InitiativeEditing editing;
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

    @Override
    protected Target<InitiativeDto> writes() {
        return new Target<>(editing, this::get);
    }
}
