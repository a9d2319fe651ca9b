package kz.creativeeconomy.sdmx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The codes of the codelists, read from the catalogue tables: every indicator, region, breakdown, unit and source the
 * API knows (not only those with values in one message), with their names in the languages they have.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SdmxCodes {

    /** One code: names per language (ru and kk null where there is none), an optional description and parent code. */
    public record Code(String id, String nameEn, String nameRu, String nameKk, String description, String parent) {
    }

    /** Everything the codelists hold. */
    public record All(List<Code> indicators, List<Code> regions, List<Code> breakdowns, List<Code> units, List<Code> sources) {
    }

    private final EntityManager entityManager;

    SdmxCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public All all() {
        return new All(indicators(), regions(), breakdowns(), units(), sources());
    }

    private List<Code> indicators() {
        return codes("""
                select code, name_en, name_ru, name_kk,
                       definition_en || ' Unit: ' || unit || case when unit_multiplier = 0 then '' else ' x 10^' || unit_multiplier end
                         || ', ' || decimals || ' decimal(s) as published.', null
                from indicator order by code""");
    }

    private List<Code> regions() {
        return codes("select code, name_en, name_ru, name_kk, 'KATO ' || code || ', ' || level || ', slug ' || slug, null from region order by code");
    }

    /** Each breakdown dimension as a parent code, its members below it, and the total first. */
    private List<Code> breakdowns() {
        List<Code> codes = new java.util.ArrayList<>();
        codes.add(new Code(Sdmx.TOTAL, "Total", "Всего", "Барлығы", "A value without a breakdown.", null));
        codes.addAll(codes("select code, name_en, name_ru, name_kk, null, null from breakdown_dimension order by code"));
        for (Code member : codes("""
                select dimension_code || '-' || code, name_en, name_ru, name_kk, null, dimension_code
                from breakdown_member order by dimension_code, code""")) {
            codes.add(member);
        }
        return codes;
    }

    private List<Code> units() {
        return codes("select code, name_en, name_ru, name_kk, 'Symbol: ' || symbol, null from unit order by code");
    }

    private List<Code> sources() {
        return codes("""
                select id, title, null, null,
                       concat_ws('; ', locator, publisher, url, case when reference_number is null then null else 'reference ' || reference_number end,
                                 'cited in ' || cited_in), null
                from source order by id""");
    }

    @SuppressWarnings("unchecked")
    private List<Code> codes(String sql) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Code((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }
}
