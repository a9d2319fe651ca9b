package kz.creativeeconomy.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;

/**
 * Creates, changes and deletes events. Nothing refers to an event (its countries belong to it), so any event can be
 * deleted. Every write leaves an audit entry; the catalogue keeps no other history.
 */
@ApplicationScoped
public class EventWriter {

    static final String KIND_EXAMPLES = "festival, performance, fair, exhibition, forum, educational_programme, museum_programme";

    @Inject
    EventService events;
    @Inject
    RegionService regions;
    @Inject
    CulturalOrganisationService organisations;
    @Inject
    SourceService sources;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    /** A validated body, with the rows it names. */
    private record Checked(EventInput input, Region region, CulturalOrganisation organisation, Source source) {
    }

    @Transactional
    public String create(EventInput input, Caller.Identity who, String path) {
        Checked checked = check(input, null);
        String id = checked.input().id();
        events.find(id).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "Event " + id + " already exists. Change it with PUT /v1/events/" + id + ", or choose another id.", null);
        });
        Event event = new Event();
        event.id = id;
        apply(checked, event);
        catalogue.insert(event, "event " + id);
        audit.record(who, "POST", path, "event", id, null, catalogue.created(checked.input(), input.reason()));
        return id;
    }

    @Transactional
    public void update(String id, EventInput input, String ifMatch, Caller.Identity who, String path) {
        Event event = require(id);
        EventInput before = EventInput.of(event);
        Checked checked = check(input, event);
        writes.requireCurrent(ifMatch);
        apply(checked, event);
        catalogue.flush("event " + id);
        audit.record(who, "PUT", path, "event", id, null, catalogue.updated(before, checked.input(), input.reason()));
    }

    @Transactional
    public void delete(String id, String reason, String ifMatch, Caller.Identity who, String path) {
        Event event = require(id);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        EventInput old = EventInput.of(event);
        catalogue.delete(event, "event " + id);
        audit.record(who, "DELETE", path, "event", id, null, catalogue.deleted(old, reason));
    }

    private Event require(String id) {
        return events.find(id).orElseThrow(() -> ProblemException.notFound("event", id, "Use an id listed by /v1/events."));
    }

    private Checked check(EventInput input, Event current) {
        FieldChecks checks = new FieldChecks();
        String id;
        if (current == null) {
            id = checks.kebabCase("id", input.id(), "souvenir-of-the-east-2025");
        } else {
            id = current.id;
            checks.unchanged("id", input.id(), current.id, "event");
        }
        String nameEn = checks.requiredText("name_en", input.nameEn(), FieldChecks.NAME_LENGTH, "the English name");
        String nameRu = checks.optionalText("name_ru", input.nameRu(), FieldChecks.NAME_LENGTH);
        String nameKk = checks.optionalText("name_kk", input.nameKk(), FieldChecks.NAME_LENGTH);
        String kind = checks.snakeCase("kind", input.kind(), KIND_EXAMPLES);
        Region region = checks.reference("region", input.region(), false, regions::find, "a region code or slug listed by /v1/regions, or null");
        String place = checks.optionalText("place", input.place(), FieldChecks.NAME_LENGTH);
        Integer year = checks.integer("year", input.year(), 1900, 2100, true);
        checkDates(input, year, checks);
        String recurrence = checks.oneOf("recurrence", input.recurrence(), Event.RECURRENCES, true);
        CulturalOrganisation organisation = checks.reference("organisation", input.organisation(), false, organisations::find,
                "an organisation id listed by /v1/cultural-organisations, or null");
        String organiser = checks.optionalText("organiser", input.organiser(), FieldChecks.NAME_LENGTH);
        String target = checks.optionalText("target_en", input.targetEn(), FieldChecks.TEXT_LENGTH);
        String description = checks.optionalText("description_en", input.descriptionEn(), FieldChecks.TEXT_LENGTH);
        String results = checks.optionalText("results_en", input.resultsEn(), FieldChecks.TEXT_LENGTH);
        List<String> countries = checkCountries(input.countries(), checks);
        Source source = checks.reference("source", input.source(), true, sources::find, "a source id listed by /v1/sources");
        checks.reason(input.reason());
        checks.throwIfAny();
        return new Checked(new EventInput(id, nameEn, nameRu, nameKk, kind, region == null ? null : region.slug, place, year,
                input.startDate(), input.endDate(), recurrence, organisation == null ? null : organisation.id, organiser, target, description,
                results, countries, source.id, input.reason()), region, organisation, source);
    }

    /** The check constraints of the event table, reported per field. */
    private static void checkDates(EventInput input, Integer year, FieldChecks checks) {
        if (input.startDate() != null && year != null && input.startDate().getYear() != year) {
            checks.add("start_date", input.startDate() + " is not in the event's year " + year, "a day of " + year + ", or null when the day is not known");
        }
        if (input.endDate() != null && input.startDate() == null) {
            checks.add("end_date", "is set without start_date", "null, or a start_date as well");
        } else if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            checks.add("end_date", input.endDate() + " is before start_date " + input.startDate(), "a day on or after start_date");
        }
    }

    private static List<String> checkCountries(List<String> codes, FieldChecks checks) {
        List<String> kept = new ArrayList<>();
        if (codes == null) {
            return kept;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !Countries.ISO_3166_ALPHA_2.contains(code)) {
                checks.add("countries[" + i + "]", "'" + code + "' is not an ISO 3166-1 alpha-2 country code",
                        "a two-letter code in capitals such as KZ, MN, CN, RU or TR");
            } else if (kept.contains(code)) {
                checks.add("countries[" + i + "]", code + " is listed twice", "each country once");
            } else {
                kept.add(code);
            }
        }
        return kept.stream().sorted().toList();
    }

    private static void apply(Checked checked, Event event) {
        EventInput input = checked.input();
        event.nameEn = input.nameEn();
        event.nameRu = input.nameRu();
        event.nameKk = input.nameKk();
        event.kind = input.kind();
        event.region = checked.region();
        event.place = input.place();
        event.year = input.year();
        event.startDate = input.startDate();
        event.endDate = input.endDate();
        event.recurrence = input.recurrence();
        event.organisation = checked.organisation();
        event.organiser = input.organiser();
        event.targetEn = input.targetEn();
        event.descriptionEn = input.descriptionEn();
        event.resultsEn = input.resultsEn();
        event.countries.clear();
        event.countries.addAll(input.countries());
        event.source = checked.source();
    }
}
