package kz.creativeeconomy.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.Suggestions;
import kz.creativeeconomy.common.Where;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    public static final String ALLOWED = "a region code (KZ, 630000000, ...) or slug (east-kazakhstan, ...) listed by /v1/regions";

    private final EntityManager entityManager;

    RegionService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Filter(String level, Integer parentId, LocalDate validOn, String text) {
    }

    public List<Region> list(Filter filter) {
        Where where = new Where("from Region r left join fetch r.parent")
                .and("r.level = :level", "level", filter.level())
                .and("r.parent.id = :parent", "parent", filter.parentId())
                .and("(r.validFrom is null or r.validFrom <= :validOn) and (r.validTo is null or r.validTo >= :validOn)", "validOn", filter.validOn())
                .and("(lower(r.nameEn) like :text or lower(coalesce(r.nameRu, '')) like :text"
                        + " or lower(coalesce(r.nameKk, '')) like :text or r.slug like :text or r.code like :text)", "text", Where.containing(filter.text()));
        return Region.find(where.orderBy("r.code"), where.parameters()).list();
    }

    /** Finds a region by its public code (KATO or KZ) or by its slug. */
    public Optional<Region> find(String codeOrSlug) {
        return Region.find("from Region r left join fetch r.parent where r.code = ?1 or r.slug = ?1", codeOrSlug).firstResultOptional();
    }

    /** Resolves the value of a query parameter to a region, or answers 400 naming the parameter. */
    public Region resolve(String parameter, String codeOrSlug) {
        return find(codeOrSlug).orElseThrow(() ->
                ProblemException.invalidParameter(parameter, unknown(codeOrSlug), ALLOWED));
    }

    private static final String KEYS = "select slug as k from region union all select code from region";

    /** Why a key names no region, with the slug or code it was probably meant to be. */
    public String unknown(String key) {
        return Suggestions.reason(entityManager, KEYS, key, "unknown region '" + key + "'");
    }

    /** The region slug closest to one that names none, or null (codes are not offered: the pages are by slug). */
    public String closestSlug(String slug) {
        return Suggestions.closest(entityManager, "select slug as k from region", slug);
    }

    /** Resolves several region codes or slugs in one query; unknown ones answer 400. */
    public List<Region> resolveAll(String parameter, List<String> codesOrSlugs) {
        if (codesOrSlugs.isEmpty()) {
            return List.of();
        }
        List<Region> found = Region.find("code in ?1 or slug in ?1", codesOrSlugs).list();
        Map<String, Region> byKey = new LinkedHashMap<>();
        for (Region region : found) {
            byKey.put(region.code, region);
            byKey.put(region.slug, region);
        }
        List<Region> resolved = new ArrayList<>();
        for (String key : codesOrSlugs) {
            Region region = byKey.get(key);
            if (region == null) {
                throw ProblemException.invalidParameter(parameter, unknown(key), ALLOWED);
            }
            resolved.add(region);
        }
        return resolved;
    }

    /** The ids of the given regions and of every region inside them, at any depth. */
    @SuppressWarnings("unchecked")
    public List<Integer> withDescendants(List<Integer> regionIds) {
        if (regionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("""
                with recursive tree(id) as (
                    select id from region where id in (:ids)
                    union
                    select r.id from region r join tree t on r.parent_id = t.id)
                select id from tree""", Integer.class)
                .setParameter("ids", regionIds).getResultList();
    }

    public List<Region> children(Region region) {
        return Region.find("parent.id = ?1 order by code", region.id).list();
    }

    public List<RegionSuccession> predecessorsOf(Region region) {
        return RegionSuccession.find("from RegionSuccession s join fetch s.predecessor where s.successor.id = ?1 order by s.key.changedOn",
                region.id).list();
    }

    public List<RegionSuccession> successorsOf(Region region) {
        return RegionSuccession.find("from RegionSuccession s join fetch s.successor where s.predecessor.id = ?1 order by s.key.changedOn",
                region.id).list();
    }
}
