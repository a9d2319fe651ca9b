package kz.creativeeconomy.culture.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationEditing;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.observation.rest.ObservationDto;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/cultural-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cultural organisations", description = "Organisations of the cultural sector of East Kazakhstan region named by the paper.")
public class CulturalOrganisationResource extends CatalogueWrites.ById<CulturalOrganisationDetailDto> {

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

    @Override
    protected Target<CulturalOrganisationDetailDto> writes() {
        return new Target<>(editing, this::get);
    }
}
