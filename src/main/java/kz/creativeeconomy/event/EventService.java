package kz.creativeeconomy.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.creativeeconomy.common.TextSearch;
import kz.creativeeconomy.common.Where;

/**
 * Reads events. Date rule of from/to: an event with printed days matches when its days [start_date, end_date]
 * overlap [from, to]; an event with only a year matches when that whole year overlaps [from, to].
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    // Hibernate returns each event once although the countries join repeats its row.
    private static final String FETCH = "from Event e left join fetch e.region left join fetch e.organisation"
            + " join fetch e.source left join fetch e.countries";

    private final EntityManager entityManager;

    EventService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A validated filter; null or empty means "no filter". regionIds already include the regions inside the asked ones,
     * organisationIds the organisations inside the asked one. text matches names, place, organiser and texts.
     */
    public record Filter(List<Integer> regionIds, Integer year, LocalDate from, LocalDate to, List<String> kinds,
                         List<String> organisationIds, List<String> countries, String text) {
    }

    public List<Event> list(Filter filter) {
        Where where = new Where(FETCH)
                .and("e.region.id in (:regions)", "regions", filter.regionIds())
                .and("e.year = :year", "year", filter.year());
        if (filter.from() != null) {
            where.and("((e.startDate is null and e.year >= :fromYear)"
                    + " or (e.startDate is not null and coalesce(e.endDate, e.startDate) >= :from))", "from", filter.from())
                    .with("fromYear", filter.from().getYear());
        }
        if (filter.to() != null) {
            where.and("((e.startDate is null and e.year <= :toYear) or (e.startDate is not null and e.startDate <= :to))", "to", filter.to())
                    .with("toYear", filter.to().getYear());
        }
        where.andAny("e.kind in (:kinds)", "kinds", filter.kinds())
                .and("e.organisation.id in (:organisations)", "organisations", filter.organisationIds())
                // A subquery, so that the fetched countries of a matching event stay complete.
                .andAny("exists (select 1 from Event x join x.countries c where x.id = e.id and c in (:countries))", "countries", filter.countries());
        List<Event> found = Event.list(where.query(), where.parameters());
        return found.stream().filter(e -> TextSearch.matches(filter.text(), e.nameEn, e.nameRu, e.nameKk, e.place, e.organiser,
                e.targetEn, e.descriptionEn, e.resultsEn)).toList();
    }

    /** The event kinds that exist, for validating the kind filter. */
    public List<String> kinds() {
        return entityManager.createQuery("select distinct e.kind from Event e order by e.kind", String.class).getResultList();
    }

    public Optional<Event> find(String id) {
        // singleResultOptional, not firstResultOptional: a row limit on a collection fetch would be applied in memory.
        return Event.find(FETCH + " where e.id = ?1", id).singleResultOptional();
    }

    /** The events of the given organisations, ordered by year and id. */
    public List<Event> ofOrganisations(List<String> organisationIds) {
        return Event.list("from Event e join fetch e.organisation where e.organisation.id in (?1) order by e.year, e.id", organisationIds);
    }
}
