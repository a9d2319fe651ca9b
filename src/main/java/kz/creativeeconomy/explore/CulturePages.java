package kz.creativeeconomy.explore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.event.Event;
import kz.creativeeconomy.event.EventService;
import kz.creativeeconomy.region.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Pages of a cultural organisation and of an event, each with what the paper says of it and its source. */
@Path("/explore")
@Produces(MediaType.TEXT_HTML)
public class CulturePages {

    @Inject
    PageFrames frames;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    EventService events;

    public record Link(String href, Lang.Name name) {
    }

    public record Figure(String href, Lang.Name indicator, Lang.Name member, String period, String value, Lang.Name unit, String status, String sourceId) {
    }

    public record OrganisationView(Lang.Name name, Lang.Name type, Link region, Link parent, Lang.Name description, List<Link> children,
                                   List<Link> events, List<Figure> figures, Citation citation, String apiUrl) {

        /** As a list, for the sources section the pages share. */
        public List<Citation> citations() {
            return List.of(citation);
        }
    }

    public record EventView(Lang.Name name, Lang.Name kind, int year, String dates, Lang.Name place, Link region, Link organisation,
                            Lang.Name organiser, Lang.Name target, Lang.Name description, Lang.Name results, String countries,
                            Citation citation, String apiUrl) {

        /** As a list, for the sources section the pages share. */
        public List<Citation> citations() {
            return List.of(citation);
        }
    }

    @GET
    @Path("organisations/{id}")
    @Operation(hidden = true)
    public Response organisation(@PathParam("id") String id) {
        Lang lang = frames.lang();
        CulturalOrganisation organisation = frames.found(organisations.find(id), "cultural organisation", id, "an id listed by /v1/cultural-organisations");
        String suffix = "?lang=" + lang.language().name();
        List<Figure> figures = organisations.observationsOf(organisations.withDescendants(organisation.id)).stream().map(row -> new Figure(
                "/explore/indicators/" + row.indicatorCode() + "?region=" + row.regionSlug() + "&breakdown=" + row.breakdownDimension() + ":"
                        + row.breakdownMember() + "&lang=" + lang.language().name(),
                lang.name(row.indicatorNameEn(), row.indicatorNameRu(), row.indicatorNameKk()),
                lang.name(row.memberNameEn(), row.memberNameRu(), row.memberNameKk()),
                lang.period(row.periodCode(), row.frequency(), row.periodStart()), lang.number(row.value()),
                lang.unit(row), lang.status(row.status()), row.sourceId())).toList();
        OrganisationView view = new OrganisationView(lang.name(organisation.nameEn, organisation.nameRu, organisation.nameKk),
                lang.organisationType(organisation.type), regionLink(lang, organisation.region),
                organisation.parent == null ? null : new Link("/explore/organisations/" + organisation.parent.id + suffix,
                        lang.name(organisation.parent.nameEn, organisation.parent.nameRu, organisation.parent.nameKk)),
                organisation.descriptionEn == null ? null : lang.name(organisation.descriptionEn, organisation.descriptionRu, organisation.descriptionKk),
                organisations.children(organisation).stream().map(c -> new Link("/explore/organisations/" + c.id + suffix,
                        lang.name(c.nameEn, c.nameRu, c.nameKk))).toList(),
                events.ofOrganisations(List.of(organisation.id)).stream().map(e -> new Link("/explore/events/" + e.id + suffix,
                        lang.name(e.nameEn, e.nameRu, e.nameKk))).toList(),
                figures, Citation.of(organisation.source, lang, frames.base(), LocalDate.now(ZoneOffset.UTC)),
                frames.base() + "/v1/cultural-organisations/" + organisation.id);
        return frames.page(Templates.organisation(frames.frame(view.name().text(), null), view));
    }

    @GET
    @Path("events/{id}")
    @Operation(hidden = true)
    public Response event(@PathParam("id") String id) {
        Lang lang = frames.lang();
        Event event = frames.found(events.find(id), "event", id, "an id listed by /v1/events");
        String dates = event.startDate == null ? null
                : lang.date(event.startDate) + (event.endDate == null || event.endDate.equals(event.startDate) ? "" : " – " + lang.date(event.endDate));
        EventView view = new EventView(lang.name(event.nameEn, event.nameRu, event.nameKk), lang.eventKind(event.kind), event.year, dates,
                lang.english(event.place), regionLink(lang, event.region),
                event.organisation == null ? null : new Link("/explore/organisations/" + event.organisation.id + "?lang=" + lang.language().name(),
                        lang.name(event.organisation.nameEn, event.organisation.nameRu, event.organisation.nameKk)),
                lang.english(event.organiser), lang.english(event.targetEn), lang.english(event.descriptionEn), lang.english(event.resultsEn),
                event.countries.isEmpty() ? null : lang.countries(event.countries),
                Citation.of(event.source, lang, frames.base(), LocalDate.now(ZoneOffset.UTC)), frames.base() + "/v1/events/" + event.id);
        return frames.page(Templates.event(frames.frame(view.name().text(), null), view));
    }

    private static Link regionLink(Lang lang, Region region) {
        return region == null ? null : new Link("/explore/regions/" + region.slug + "?lang=" + lang.language().name(), HomePage.regionName(lang, region));
    }
}
