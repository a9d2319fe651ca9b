package kz.creativeeconomy.indicator;

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
public class IndicatorService {

    public static final String ALLOWED = "an indicator code listed by /v1/indicators (creative-gva, gross-product, creative-gva-share, ...)";

    private final EntityManager entityManager;

    IndicatorService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Indicator> list(String topic, String text) {
        Where where = new Where("")
                .and("topic = :topic", "topic", topic)
                .and("(lower(code) like :text or lower(nameEn) like :text or lower(coalesce(nameRu, '')) like :text"
                        + " or lower(coalesce(nameKk, '')) like :text or lower(definitionEn) like :text)", "text", Where.containing(text));
        return Indicator.list(where.orderBy("code"), where.parameters());
    }

    public List<String> topics() {
        return entityManager.createQuery("select distinct i.topic from Indicator i order by i.topic", String.class).getResultList();
    }

    private static final String KEYS = "select code as k from indicator";

    /** Why a code names no indicator, with the code it was probably meant to be. */
    public String unknown(String code) {
        return Suggestions.reason(entityManager, KEYS, code, "unknown indicator '" + code + "'");
    }

    /** The indicator code closest to one that names none, or null. */
    public String closest(String code) {
        return Suggestions.closest(entityManager, KEYS, code);
    }

    /** The 404 of an indicator code in a path, with the code it was probably meant to be. */
    public ProblemException notFound(String code) {
        String closest = closest(code);
        return ProblemException.notFound("indicator", code, "Use a code listed by /v1/indicators"
                + (closest == null ? "." : "; did you mean '" + closest + "'?"));
    }

    public Optional<Indicator> find(String code) {
        return Indicator.find("code", code).firstResultOptional();
    }

    /** Resolves indicator codes in one query; an unknown one answers 400 naming the parameter. */
    public List<Indicator> resolveAll(String parameter, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.<Indicator>list("code in ?1", codes)) {
            byCode.put(indicator.code, indicator);
        }
        List<Indicator> resolved = new ArrayList<>();
        for (String code : codes) {
            Indicator indicator = byCode.get(code);
            if (indicator == null) {
                throw ProblemException.invalidParameter(parameter, unknown(code), ALLOWED);
            }
            resolved.add(indicator);
        }
        return resolved;
    }

    public record Coverage(long observations, long regions, LocalDate firstPeriodStart, LocalDate lastPeriodStart) {
    }

    public Coverage coverage(Indicator indicator) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(distinct region_id), min(period_start), max(period_start)
                from observation where indicator_id = :id and deleted_at is null""").setParameter("id", indicator.id).getSingleResult();
        return new Coverage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (LocalDate) row[2], (LocalDate) row[3]);
    }
}
