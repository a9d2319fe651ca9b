package kz.creativeeconomy.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * One search over indicators (and the breakdown members they have values for), regions, cultural organisations and
 * events. Texts are compared after search_fold (V13__search.sql): Cyrillic transliterated to Latin and lower-cased, so
 * Russian, Kazakh and English, in either script, meet on one alphabet; pg_trgm's word similarity forgives typos.
 */
@ApplicationScoped
public class SearchService {

    /** What a hit is. An indicator hit with a breakdown is the series of one member (e.g. museums among organisations). */
    public enum Kind { indicator, region, cultural_organisation, event }

    /**
     * One hit: its key (indicator code, region slug, organisation or event id), names in en/ru/kk, the breakdown member
     * for a member hit (dimension, member, member names), the region a member's values are of, and its score.
     */
    public record Hit(Kind kind, String key, String nameEn, String nameRu, String nameKk, String dimension, String member,
                      String memberEn, String memberRu, String memberKk, String regionSlug, double score) {
    }

    /** Shortest query searched: one or two letters match almost everything. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;

    /**
     * Word similarity a hit needs at least. pg_trgm's default, 0.6, misses two swapped letters in a six-letter word
     * ("musuem" shares 3 of its 7 trigrams with "museum"); 0.4 finds them and still ranks exact fragments first.
     */
    static final String THRESHOLD = "0.4";

    // A hit is a word similarity of at least THRESHOLD (the <% operator, which the trigram indexes serve) or a plain
    // substring; substrings score one more, so an exact fragment comes before a near miss. A query that is one of a region's
    // aliases whole (EKR, ВКО) scores one more again: the region comes before the organisations named after it.
    private static final String SQL = """
            with q as (select search_fold(:q) as f, '%' || replace(replace(replace(search_fold(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' as pattern)
            select * from (
              select 'indicator' as kind, i.code as key, i.name_en, i.name_ru, i.name_kk, null as dimension, null as member,
                     null as member_en, null as member_ru, null as member_kk, null as region_slug,
                     word_similarity(q.f, indicator_search_text(i)) + case when indicator_search_text(i) like q.pattern then 1 else 0 end as score
                from indicator i, q
               where q.f <% indicator_search_text(i) or indicator_search_text(i) like q.pattern
              union all
              select 'indicator', i.code, i.name_en, i.name_ru, i.name_kk, m.dimension_code, m.code, m.name_en, m.name_ru, m.name_kk,
                     (select r.slug from observation o join region r on r.id = o.region_id
                       where o.deleted_at is null and o.indicator_id = i.id and o.breakdown_dimension = m.dimension_code and o.breakdown_member = m.code
                       order by (r.slug = 'east-kazakhstan') desc, r.id limit 1),
                     word_similarity(q.f, breakdown_member_search_text(m)) + case when breakdown_member_search_text(m) like q.pattern then 1 else 0 end
                from breakdown_member m
                join (select distinct indicator_id, breakdown_dimension, breakdown_member from observation where breakdown_member is not null and deleted_at is null) used
                  on used.breakdown_dimension = m.dimension_code and used.breakdown_member = m.code
                join indicator i on i.id = used.indicator_id, q
               where q.f <% breakdown_member_search_text(m) or breakdown_member_search_text(m) like q.pattern
              union all
              select 'region', r.slug, r.name_en, r.name_ru, r.name_kk, null, null, null, null, null, r.slug,
                     word_similarity(q.f, region_search_text(r)) + case when region_search_text(r) like q.pattern then 1 else 0 end
                     + case when q.f = any(string_to_array(search_fold(r.search_aliases), ', ')) then 1 else 0 end
                from region r, q
               where q.f <% region_search_text(r) or region_search_text(r) like q.pattern
              union all
              select 'cultural_organisation', o.id, o.name_en, o.name_ru, o.name_kk, null, null, null, null, null, null,
                     word_similarity(q.f, cultural_organisation_search_text(o)) + case when cultural_organisation_search_text(o) like q.pattern then 1 else 0 end
                from cultural_organisation o, q
               where q.f <% cultural_organisation_search_text(o) or cultural_organisation_search_text(o) like q.pattern
              union all
              select 'event', e.id, e.name_en, e.name_ru, e.name_kk, null, null, null, null, null, null,
                     word_similarity(q.f, event_search_text(e)) + case when event_search_text(e) like q.pattern then 1 else 0 end
                from event e, q
               where q.f <% event_search_text(e) or event_search_text(e) like q.pattern
            ) hits
            order by score desc, kind, key, member nulls first
            limit :limit
            """;

    private final EntityManager entityManager;

    SearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Hits for a query, best first; the caller has checked its length. In a transaction of its own: the threshold is set for it alone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Hit> search(String query, int limit) {
        entityManager.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', '" + THRESHOLD + "', true)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SQL).setParameter("q", query.trim())
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Hit(Kind.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                ((Number) r[11]).doubleValue())).toList();
    }
}
