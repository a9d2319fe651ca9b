package kz.creativeeconomy.initiative.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import kz.creativeeconomy.http.Formats;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.initiative.Initiative;
import kz.creativeeconomy.initiative.InitiativeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Activities implemented by government, business and universities (Table 8).")
public class InitiativeResource {

    @Inject
    InitiativeService initiatives;
    @Inject
    RequestLanguage language;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
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
}
