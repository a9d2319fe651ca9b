package kz.creativeeconomy.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the catalogue says about each indicator's data: its names, its coverage in time and space, and its sources. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    private final EntityManager entityManager;

    CatalogService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One indicator as a dataset; firstDay and lastDay are null (and the lists empty) when it has no observation. */
    public record IndicatorCoverage(String code, String nameEn, String nameRu, String nameKk, String definitionEn, String topic,
                                    String unit, int observations, LocalDate firstDay, LocalDate lastDay,
                                    List<String> regionSlugs, List<String> sourceIds) {
    }

    /** A source as the catalogue cites it. */
    public record SourceCitation(String id, String title, String publisher, String url, String note) {
    }

    @SuppressWarnings("unchecked")
    public List<IndicatorCoverage> indicators() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select i.code, i.name_en, i.name_ru, i.name_kk, i.definition_en, i.topic, i.unit, count(o.id),
                       min(p.start_date), max(p.end_date),
                       coalesce(array_agg(distinct r.slug) filter (where r.slug is not null), '{}'),
                       coalesce(array_agg(distinct o.source_id) filter (where o.source_id is not null), '{}')
                from indicator i
                left join observation o on o.indicator_id = i.id and o.deleted_at is null
                left join period p on p.id = o.period_id
                left join region r on r.id = o.region_id
                group by i.id order by i.code""").getResultList();
        return rows.stream().map(r -> new IndicatorCoverage((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], ((Number) r[7]).intValue(), date(r[8]), date(r[9]), texts(r[10]), texts(r[11]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<SourceCitation> sources() {
        List<Object[]> rows = entityManager.createNativeQuery("select id, title, publisher, url, note from source order by id").getResultList();
        return rows.stream().map(r -> new SourceCitation((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static List<String> texts(Object array) {
        if (array instanceof String[] strings) {
            return Arrays.asList(strings);
        }
        if (array instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        try {
            return Arrays.stream((Object[]) ((java.sql.Array) array).getArray()).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
