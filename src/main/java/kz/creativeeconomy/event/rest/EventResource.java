package kz.creativeeconomy.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.rest.CatalogueWrites;
import kz.creativeeconomy.event.Countries;
import kz.creativeeconomy.event.EventEditing;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Festivals, performances, fairs, forums and programmes reported by the paper.")
public class EventResource extends CatalogueWrites.ById<EventDto> {

    @Inject
    EventService events;
    @Inject
    RegionService regions;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    RequestLanguage language;
    @Inject
    EventEditing editing;
    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV, Formats.XLSX})
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Ordered by year, then id. Filters combine with AND; the values of one repeatable filter combine with OR. "
                    + "Date rule of from and to: an event whose days are known (date_precision day) matches when its days "
                    + "[start_date, end_date] overlap [from, to]; an event known only by its year (date_precision year) matches "
                    + "when that whole year overlaps [from, to], so from=2023-06-01&to=2023-06-30 finds every 2023 event without days.")
    public Page<EventDto> list(
            @Parameter(description = "Region code or slug; includes every region inside it (east-kazakhstan includes ust-kamenogorsk). "
                    + "Events the paper does not place never match. Repeatable or comma-separated.", example = "east-kazakhstan")
            @QueryParam("region") List<String> region,
            @Parameter(description = "Year of the event.", example = "2023") @QueryParam("year") String year,
            @Parameter(description = "Events on or after this date (ISO 8601); see the date rule.", example = "2023-01-01") @QueryParam("from") String from,
            @Parameter(description = "Events on or before this date (ISO 8601); see the date rule.", example = "2023-12-31") @QueryParam("to") String to,
            @Parameter(description = "Kind of event, one of those in use; repeatable or comma-separated.", example = "festival")
            @QueryParam("kind") List<String> kind,
            @Parameter(description = "Organisation id; includes the events of the organisations inside it.", example = "ertis-concert")
            @QueryParam("organisation") String organisation,
            @Parameter(description = "ISO 3166-1 alpha-2 code of a participating country; repeatable or comma-separated.", example = "MN")
            @QueryParam("country") List<String> country,
            @Parameter(description = "Text search in names (en, ru, kk), place, organiser, target, description and results; case-insensitive.",
                    example = "festival") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 1000.", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the next link of the previous page.") @QueryParam("cursor") String cursor) {
        Language lang = language.get();
        List<String> regionKeys = QueryParams.list(region);
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.invalidParameter("to", "'" + to + "' is before 'from'", "a date not before 'from'");
        }
        List<String> kinds = QueryParams.list(kind);
        EventService.Filter filter = new EventService.Filter(
                regionKeys.isEmpty() ? null : regions.withDescendants(regions.resolveAll("region", regionKeys).stream().map(r -> r.id).toList()),
                QueryParams.integer("year", year, 1900, 2100),
                fromDate, toDate,
                kinds.isEmpty() ? kinds : QueryParams.allOf("kind", kinds, events.kinds()),
                organisation == null || organisation.isBlank() ? null
                        : organisations.withDescendants(organisations.resolve("organisation", organisation.trim()).id),
                Countries.parse("country", country),
                QueryParams.text("q", q, 200));
        return Pages.of(events.list(filter), e -> String.format("%04d/%s", e.year, e.id), e -> EventDto.of(e, lang), limit, cursor, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "One event")
    public EventDto get(@Parameter(description = "Event id.", example = "shygys-salburyn-2023") @PathParam("id") String id) {
        return EventDto.of(editing.require(id), language.get());
    }

    @Override
    protected Target<EventDto> writes() {
        return new Target<>(editing, this::get);
    }
}
