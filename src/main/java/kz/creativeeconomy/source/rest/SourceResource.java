package kz.creativeeconomy.source.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.source.SourceEditing;
import kz.creativeeconomy.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Citations behind every value.")
public class SourceResource extends CatalogueWrites.ById<SourceDto> {

    @Inject
    SourceService sources;
    @Inject
    SourceEditing editing;
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

    @Override
    protected Target<SourceDto> writes() {
        return new Target<>(editing, this::get);
    }
}
