package kz.creativeeconomy.event;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.creativeeconomy.culture.CulturalOrganisation;
import kz.creativeeconomy.culture.CulturalOrganisationService;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import kz.creativeeconomy.region.Region;
import kz.creativeeconomy.region.RegionService;
import kz.creativeeconomy.source.Source;
import kz.creativeeconomy.source.SourceService;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing an event means: its checks and how a body maps onto the row. Nothing refers to an event (its countries
 * belong to it), so any event can be deleted. The shared write path is {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class EventEditing extends EditableCatalogue<Event, EventInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    static final String KIND_EXAMPLES = "festival, performance, fair, exhibition, forum, educational_programme, museum_programme";

    private final RegionService regions;
    private final CulturalOrganisationService organisations;
    private final SourceService sources;

    EventEditing(EventService events, RegionService regions, CulturalOrganisationService organisations, SourceService sources) {
        super(new Definition<>("event", "v1/events", EventInput.class, events::find, Event::new, e -> e.id, EventInput::id, EventInput::of));
        this.regions = regions;
        this.organisations = organisations;
        this.sources = sources;
    }

    @Override
    protected Supplier<Checked<Event, EventInput>> check(EventInput input, Event current, FieldChecks checks) {
        String id = checks.publicKey("id", input.id(), current == null ? null : current.id, "souvenir-of-the-east-2025", "event");
        FieldChecks.Names names = checks.names(input.nameEn(), input.nameRu(), input.nameKk(), "the English name");
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
        return () -> {
            EventInput checked = new EventInput(id, names.en(), names.ru(), names.kk(), kind, region == null ? null : region.slug, place, year,
                    input.startDate(), input.endDate(), recurrence, organisation == null ? null : organisation.id, organiser, target, description,
                    results, countries, source.id, input.reason());
            return new Checked<>(checked, event -> apply(checked, region, organisation, source, event));
        };
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

    private void apply(EventInput input, Region region, CulturalOrganisation organisation, Source source, Event event) {
        ROW.apply(input, event);
        event.region = region;
        event.organisation = organisation;
        // Filled in place: the countries are the event's own rows (event_country), kept in the collection Hibernate loaded.
        event.countries.clear();
        event.countries.addAll(input.countries());
        event.source = source;
    }

    /** The input's fields onto the row; references are the rows the checks found, countries are filled in place. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "region", ignore = true)
        @Mapping(target = "organisation", ignore = true)
        @Mapping(target = "countries", ignore = true)
        void apply(EventInput input, @MappingTarget Event event);
    }
}
