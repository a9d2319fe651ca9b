package kz.creativeeconomy.culture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.TextSearch;
import kz.creativeeconomy.common.Where;
import kz.creativeeconomy.observation.ObservationQuery;
import kz.creativeeconomy.observation.ObservationRow;
import kz.creativeeconomy.observation.ObservationService;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CulturalOrganisationService {

    private static final String FETCH = "from CulturalOrganisation o join fetch o.region left join fetch o.parent join fetch o.source";

    private final EntityManager entityManager;
    private final ObservationService observations;

    CulturalOrganisationService(EntityManager entityManager, ObservationService observations) {
        this.entityManager = entityManager;
        this.observations = observations;
    }

    /**
     * A validated filter; null or empty means "no filter". regionIds already include the regions inside the asked ones.
     * text matches names and descriptions in every language.
     */
    public record Filter(List<Integer> regionIds, List<String> types, String text) {
    }

    public List<CulturalOrganisation> list(Filter filter) {
        Where where = new Where(FETCH)
                .and("o.region.id in (:regions)", "regions", filter.regionIds())
                .andAny("o.type in (:types)", "types", filter.types());
        List<CulturalOrganisation> found = CulturalOrganisation.list(where.orderBy("o.id"), where.parameters());
        return found.stream().filter(o -> TextSearch.matches(filter.text(),
                o.nameEn, o.nameRu, o.nameKk, o.descriptionEn, o.descriptionRu, o.descriptionKk)).toList();
    }

    /** The organisation types that exist, for validating the type filter. */
    public List<String> types() {
        return entityManager.createQuery("select distinct o.type from CulturalOrganisation o order by o.type", String.class).getResultList();
    }

    public Optional<CulturalOrganisation> find(String id) {
        return CulturalOrganisation.find(FETCH + " where o.id = ?1", id).firstResultOptional();
    }

    /** Resolves the value of a query parameter to an organisation, or answers 400 naming the parameter. */
    public CulturalOrganisation resolve(String parameter, String id) {
        return find(id).orElseThrow(() -> ProblemException.invalidParameter(parameter, "unknown organisation '" + id + "'",
                "an organisation id listed by /v1/cultural-organisations"));
    }

    public List<CulturalOrganisation> children(CulturalOrganisation organisation) {
        return CulturalOrganisation.list("from CulturalOrganisation o join fetch o.region join fetch o.source where o.parent.id = ?1 order by o.id",
                organisation.id);
    }

    /** The id of the organisation and of every organisation inside it (its children, their children, ...). */
    @SuppressWarnings("unchecked")
    public List<String> withDescendants(String organisationId) {
        return entityManager.createNativeQuery("""
                with recursive tree(id) as (
                    select id from cultural_organisation where id = :id
                    union
                    select o.id from cultural_organisation o join tree t on o.parent_id = t.id)
                select id from tree""", String.class)
                .setParameter("id", organisationId).getResultList();
    }

    /**
     * The observations of the given organisations: those with a breakdown member that V5 links to one of them.
     * Read page by page until the end, so the list is complete whatever its size.
     */
    public List<ObservationRow> observationsOf(List<String> organisationIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> links = entityManager.createNativeQuery("""
                select distinct breakdown_dimension, breakdown_member from cultural_organisation_breakdown
                where organisation_id in (:ids) order by 1, 2""")
                .setParameter("ids", organisationIds).getResultList();
        if (links.isEmpty()) {
            // An empty breakdown filter would mean "every observation".
            return List.of();
        }
        List<String[]> members = links.stream().map(l -> new String[] {(String) l[0], (String) l[1]}).toList();
        List<ObservationRow> rows = new ArrayList<>();
        List<String> after = null;
        while (true) {
            ObservationQuery query = new ObservationQuery(List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                    false, List.of(), members, after, 1000);
            List<ObservationRow> page = observations.page(query);
            boolean more = page.size() > query.limit();
            List<ObservationRow> kept = more ? page.subList(0, query.limit()) : page;
            rows.addAll(kept);
            if (!more) {
                return rows;
            }
            after = ObservationService.keyOf(kept.get(kept.size() - 1));
        }
    }
}
