package kz.creativeeconomy.explore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The few lookups only the explorer needs: which regions a series exists for, which indicators a region has. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExploreQueries {

    private final EntityManager entityManager;

    ExploreQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A region a series has values for; the country first, then the others by name. */
    public record RegionOption(String slug, String nameEn, String nameRu, String nameKk) {
    }

    /** Regions with values of the indicator: totals when member is null, else that breakdown member's values. */
    public List<RegionOption> regionsWithValues(int indicatorId, String[] member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.slug, r.name_en, r.name_ru, r.name_kk from region r
                where exists (select 1 from observation o where o.region_id = r.id and o.indicator_id = :indicator
                              and o.deleted_at is null
                              and coalesce(o.breakdown_dimension, '') = :dimension and coalesce(o.breakdown_member, '') = :member)
                order by case r.level when 'world' then 0 when 'country' then 1 else 2 end, r.name_en""")
                .setParameter("indicator", indicatorId)
                .setParameter("dimension", member == null ? "" : member[0])
                .setParameter("member", member == null ? "" : member[1]).getResultList();
        return rows.stream().map(r -> new RegionOption((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Codes of the indicators that have totals in a region, by topic and code. */
    public List<String> indicatorsWithTotalsIn(int regionId) {
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager.createNativeQuery("""
                select i.code from indicator i
                where exists (select 1 from observation o where o.indicator_id = i.id and o.region_id = :region
                              and o.breakdown_dimension is null and o.deleted_at is null)
                order by i.topic, i.code""").setParameter("region", regionId).getResultList();
        return codes;
    }
}
