package kz.creativeeconomy.challenge.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.challenge.Challenge;
import kz.creativeeconomy.challenge.ChallengeEditing;
import kz.creativeeconomy.challenge.ChallengeService;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.http.formats.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges", description = "Problems of the cultural sphere and the creative industry and the proposed solutions (Tables 4 and 5).")
public class ChallengeResource extends CatalogueWrites.ById<ChallengeDto> {

    @Inject
    ChallengeService challenges;
    @Inject
    ChallengeEditing editing;
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

    @Override
    protected Target<ChallengeDto> writes() {
        return new Target<>(editing, this::get);
    }
}
