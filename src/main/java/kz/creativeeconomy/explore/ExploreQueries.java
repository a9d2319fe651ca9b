package kz.creativeeconomy.explore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The few lookups only the explorer needs: which regions a series exists for, which breakdown members it has values for,
 * which indicators a region has.
 */
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

    /** A breakdown member an indicator has values for, with its dimension, and the regions that have them. */
    public record MemberOption(String dimension, String member, String dimensionEn, String dimensionRu, String dimensionKk,
                               String memberEn, String memberRu, String memberKk, List<String> regionSlugs) {

        String parameter() {
            return dimension + ":" + member;
        }
    }

    /**
     * The breakdown members the indicator has values for, dimension by dimension, each in the order of its first value
     * stored (the order in which the source prints them).
     */
    public List<MemberOption> membersWithValues(int indicatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.code, m.code, d.name_en, d.name_ru, d.name_kk, m.name_en, m.name_ru, m.name_kk,
                       string_agg(distinct r.slug, ',' order by r.slug)
                from observation o
                join breakdown_member m on m.dimension_code = o.breakdown_dimension and m.code = o.breakdown_member
                join breakdown_dimension d on d.code = m.dimension_code
                join region r on r.id = o.region_id
                where o.indicator_id = :indicator and o.deleted_at is null
                group by d.code, m.code, d.name_en, d.name_ru, d.name_kk, m.name_en, m.name_ru, m.name_kk
                order by min(min(o.id)) over (partition by d.code), min(o.id)""")
                .setParameter("indicator", indicatorId).getResultList();
        return rows.stream().map(r -> new MemberOption((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], List.of(((String) r[8]).split(",")))).toList();
    }

    /** An indicator with values in a region, and whether any of them is a total (else it is given by breakdown only). */
    public record IndicatorIn(String code, boolean totals) {
    }

    /** The indicators with values in a region, totals or breakdown members, by topic and code. */
    public List<IndicatorIn> indicatorsIn(int regionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select i.code, bool_or(o.breakdown_dimension is null) from indicator i
                join observation o on o.indicator_id = i.id and o.region_id = :region and o.deleted_at is null
                group by i.id, i.topic, i.code
                order by i.topic, i.code""").setParameter("region", regionId).getResultList();
        return rows.stream().map(r -> new IndicatorIn((String) r[0], (Boolean) r[1])).toList();
    }
}
