package kz.creativeeconomy.year;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Years are the calendar years in which periods with data start. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YearService {

    private final EntityManager entityManager;

    YearService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record YearCount(int year, long observations, long indicators, long regions) {
    }

    public record Covered(String code, String nameEn, String nameRu, String nameKk, String slug, String level, long observations) {
    }

    @SuppressWarnings("unchecked")
    public List<YearCount> years() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select extract(year from period_start)::int, count(*), count(distinct indicator_id), count(distinct region_id)
                from observation where deleted_at is null group by 1 order by 1""").getResultList();
        return rows.stream().map(r -> new YearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Covered> indicators(int year) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select i.code, i.name_en, i.name_ru, i.name_kk, count(*)
                from observation o join indicator i on i.id = o.indicator_id and o.deleted_at is null
                where o.period_start >= make_date(:year, 1, 1) and o.period_start < make_date(:year + 1, 1, 1)
                group by i.code, i.name_en, i.name_ru, i.name_kk order by i.code""").setParameter("year", year).getResultList();
        return rows.stream().map(r -> new Covered((String) r[0], (String) r[1], (String) r[2], (String) r[3], null, null,
                ((Number) r[4]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Covered> regions(int year) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.code, r.name_en, r.name_ru, r.name_kk, r.slug, r.level, count(*)
                from observation o join region r on r.id = o.region_id and o.deleted_at is null
                where o.period_start >= make_date(:year, 1, 1) and o.period_start < make_date(:year + 1, 1, 1)
                group by r.code, r.name_en, r.name_ru, r.name_kk, r.slug, r.level order by r.code""").setParameter("year", year).getResultList();
        return rows.stream().map(r -> new Covered((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).longValue())).toList();
    }
}
