package kz.creativeeconomy.event.rest;

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
import java.time.LocalDate;
import java.util.List;
import kz.creativeeconomy.auth.RequiresRole;
import kz.creativeeconomy.auth.Role;
import kz.creativeeconomy.common.ApiDefinition;
import kz.creativeeconomy.common.Language;
import kz.creativeeconomy.common.Page;
import kz.creativeeconomy.common.Pages;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.QueryParams;
import kz.creativeeconomy.common.RequestLanguage;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.CatalogueEndpoints;
import kz.creativeeconomy.event.Countries;
import kz.creativeeconomy.event.EventEditing;
import kz.creativeeconomy.event.EventInput;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.http.formats.Formats;
import kz.creativeeconomy.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Festivals, performances, fairs, forums and programmes reported by the paper.")
public class EventResource {

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
    @Inject
    CatalogueEndpoints writes;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "createEvent", summary = "Add an event (editor)",
            description = "Unknown fields are rejected (422). An id that another event already has answers 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EventInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new event.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDto.class)))
    public Response create(String body) {
        return writes.create(editing, body, uri, this::get);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "replaceEvent", summary = "Change an event (editor)",
            description = "Replaces every editable field: a field left out becomes empty. "
                    + "The id is the public key and never changes: leave it out or send the current one. "
                    + "Needs If-Match with an ETag from a GET made after the last change (412 otherwise, 428 without it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = EventInput.class)))
    public EventDto update(@Parameter(description = "Event id.", example = "shygys-salburyn-2023") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           String body) {
        return writes.update(editing, id, ifMatch, body, uri, this::get);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(Role.editor)
    @SecurityRequirement(name = ApiDefinition.SECURITY)
    @Operation(operationId = "deleteEvent", summary = "Delete an event (editor)",
            description = "Nothing refers to an event, so any event can be deleted, together with its list of countries. "
                    + "The audit log keeps the old values. Needs If-Match and a reason.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = "Event id.", example = "shygys-salburyn-2023") @PathParam("id") String id,
                           @Parameter(description = "ETag of your last GET.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why the event is deleted; kept in the audit log.", required = true, example = "Created by mistake")
                           @QueryParam("reason") String reason) {
        return writes.delete(editing, id, ifMatch, reason, uri);
    }
}
