package kz.creativeeconomy.region.rest;

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
import kz.creativeeconomy.region.Levels;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionEditing;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The Republic, its cities of republican significance, regions, districts and cities.")
public class RegionResource extends CatalogueWrites.ByCodeOrSlug<RegionDetailDto> {

    @Inject
    RegionService regions;
    @Inject
    RequestLanguage language;
    @Inject
    RegionEditing editing;
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

    @Override
    protected Target<RegionDetailDto> writes() {
        return new Target<>(editing, this::get);
    }
}
