package kz.creativeeconomy.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.creativeeconomy.audit.AuditLog;
import kz.creativeeconomy.auth.Caller;
import kz.creativeeconomy.common.ProblemException;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.CatalogueWrites;
import kz.creativeeconomy.http.FieldChecks;
import kz.creativeeconomy.http.WriteRequests;

/** Creates, changes and deletes indicators. Every write leaves an audit entry; the catalogue keeps no other history. */
@ApplicationScoped
public class IndicatorWriter {

    static final int MAX_DECIMALS = 10;

    @Inject
    IndicatorService indicators;
    @Inject
    EntityManager entityManager;
    @Inject
    WriteRequests writes;
    @Inject
    CatalogueWrites catalogue;
    @Inject
    AuditLog audit;

    @Transactional
    public String create(IndicatorInput input, Caller.Identity who, String path) {
        IndicatorInput checked = check(input, null);
        indicators.find(checked.code()).ifPresent(existing -> {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Already exists",
                    "Indicator " + existing.code + " already exists. Change it with PUT /v1/indicators/" + existing.code + ", or choose another code.", null);
        });
        Indicator indicator = new Indicator();
        indicator.code = checked.code();
        apply(checked, indicator);
        catalogue.insert(indicator, "indicator " + checked.code());
        audit.record(who, "POST", path, "indicator", checked.code(), null, catalogue.created(checked, input.reason()));
        return checked.code();
    }

    @Transactional
    public void update(String code, IndicatorInput input, String ifMatch, Caller.Identity who, String path) {
        Indicator indicator = require(code);
        IndicatorInput before = IndicatorInput.of(indicator);
        IndicatorInput checked = check(input, indicator);
        writes.requireCurrent(ifMatch);
        apply(checked, indicator);
        catalogue.flush("indicator " + code);
        audit.record(who, "PUT", path, "indicator", code, null, catalogue.updated(before, checked, input.reason()));
    }

    /** Deletes an indicator without observations: deleting one with observations would orphan them and their history. */
    @Transactional
    public void delete(String code, String reason, String ifMatch, Caller.Identity who, String path) {
        Indicator indicator = require(code);
        FieldChecks checks = new FieldChecks();
        checks.reason(reason);
        checks.throwIfAny();
        writes.requireCurrent(ifMatch);
        catalogue.requireUnreferenced("indicator " + code, List.of(catalogue.observations("indicator_id", indicator.id)));
        IndicatorInput old = IndicatorInput.of(indicator);
        catalogue.delete(indicator, "indicator " + code);
        audit.record(who, "DELETE", path, "indicator", code, null, catalogue.deleted(old, reason));
    }

    private Indicator require(String code) {
        return indicators.find(code).orElseThrow(() -> ProblemException.notFound("indicator", code, "Use a code listed by /v1/indicators."));
    }

    /** Checks every field (422 listing each rejected one) and returns the body as it will be stored; current is null when creating. */
    private IndicatorInput check(IndicatorInput input, Indicator current) {
        FieldChecks checks = new FieldChecks();
        String code;
        if (current == null) {
            code = checks.kebabCase("code", input.code(), "museum-visits");
        } else {
            code = current.code;
            checks.unchanged("code", input.code(), current.code, "indicator");
        }
        String nameEn = checks.requiredText("name_en", input.nameEn(), FieldChecks.NAME_LENGTH, "the English name, such as Visits to museums");
        String nameRu = checks.optionalText("name_ru", input.nameRu(), FieldChecks.NAME_LENGTH);
        String nameKk = checks.optionalText("name_kk", input.nameKk(), FieldChecks.NAME_LENGTH);
        String definition = checks.requiredText("definition_en", input.definitionEn(), FieldChecks.TEXT_LENGTH,
                "what the indicator measures, in English");
        String topic = checks.kebabCase("topic", input.topic(), "creative-economy");
        List<String> units = units();
        String unit = checks.oneOf("unit", input.unit(), units, true);
        List<Integer> powers = multipliers();
        int multiplier = input.unitMultiplier() == null ? 0 : input.unitMultiplier();
        if (!powers.contains(multiplier)) {
            checks.add("unit_multiplier", multiplier + " is not a known power of ten",
                    "one of " + powers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Integer decimals = checks.integer("decimals", input.decimals() == null ? 0 : input.decimals(), 0, MAX_DECIMALS, true);
        String formula = checks.optionalText("formula", input.formula(), FieldChecks.NAME_LENGTH);
        String nameSource = checks.optionalText("name_source", input.nameSource(), FieldChecks.TEXT_LENGTH);
        checks.reason(input.reason());
        checks.throwIfAny();
        return new IndicatorInput(code, nameEn, nameRu, nameKk, definition, topic, unit, multiplier, decimals, formula,
                input.additive() != null && input.additive(), nameSource, input.reason());
    }

    @SuppressWarnings("unchecked")
    private List<String> units() {
        return entityManager.createNativeQuery("select code from unit order by code", String.class).getResultList();
    }

    /** 0 (plain units) and the powers that have names in every language. */
    @SuppressWarnings("unchecked")
    private List<Integer> multipliers() {
        List<Integer> powers = new ArrayList<>(List.of(0));
        powers.addAll(entityManager.createNativeQuery("select power from unit_multiplier order by power", Integer.class).getResultList());
        return powers;
    }

    private static void apply(IndicatorInput input, Indicator indicator) {
        indicator.nameEn = input.nameEn();
        indicator.nameRu = input.nameRu();
        indicator.nameKk = input.nameKk();
        indicator.definitionEn = input.definitionEn();
        indicator.topic = input.topic();
        indicator.unit = input.unit();
        indicator.unitMultiplier = input.unitMultiplier();
        indicator.decimals = input.decimals();
        indicator.formula = input.formula();
        indicator.additive = input.additive();
        indicator.nameSource = input.nameSource();
    }
}
