package kz.creativeeconomy.indicator;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.creativeeconomy.editing.CatalogueRows;
import kz.creativeeconomy.editing.CatalogueRows.Reference;
import kz.creativeeconomy.editing.EditableCatalogue;
import kz.creativeeconomy.editing.FieldChecks;
import kz.creativeeconomy.editing.RowMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * What editing an indicator means: its checks, how a body maps onto the row, and that an indicator with observations
 * stays (deleting it would orphan them and their history). The shared write path is
 * {@link kz.creativeeconomy.editing.CatalogueEditor}.
 */
@Singleton
public class IndicatorEditing extends EditableCatalogue<Indicator, IndicatorInput> {

    private static final Row ROW = Mappers.getMapper(Row.class);

    static final int MAX_DECIMALS = 10;

    private final EntityManager entityManager;
    private final CatalogueRows rows;

    IndicatorEditing(IndicatorService indicators, EntityManager entityManager, CatalogueRows rows) {
        super(new Definition<>("indicator", "v1/indicators", IndicatorInput.class, indicators::find, Indicator::new, i -> i.code,
                IndicatorInput::code, IndicatorInput::of), "code");
        this.entityManager = entityManager;
        this.rows = rows;
    }

    @Override
    public List<Reference> references(Indicator indicator) {
        return List.of(rows.observations("indicator_id", indicator.id));
    }

    @Override
    protected Supplier<Checked<Indicator, IndicatorInput>> check(IndicatorInput input, Indicator current, FieldChecks checks) {
        String code = checks.publicKey("code", input.code(), current == null ? null : current.code, "museum-visits", "indicator");
        FieldChecks.Names names = checks.names(input.nameEn(), input.nameRu(), input.nameKk(), "the English name, such as Visits to museums");
        String definition = checks.requiredText("definition_en", input.definitionEn(), FieldChecks.TEXT_LENGTH,
                "what the indicator measures, in English");
        String topic = checks.kebabCase("topic", input.topic(), "creative-economy");
        String unit = checks.oneOf("unit", input.unit(), units(), true);
        List<Integer> powers = multipliers();
        int multiplier = input.unitMultiplier() == null ? 0 : input.unitMultiplier();
        if (!powers.contains(multiplier)) {
            checks.add("unit_multiplier", multiplier + " is not a known power of ten",
                    "one of " + powers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Integer decimals = checks.integer("decimals", input.decimals() == null ? 0 : input.decimals(), 0, MAX_DECIMALS, true);
        String formula = checks.optionalText("formula", input.formula(), FieldChecks.NAME_LENGTH);
        String nameSource = checks.optionalText("name_source", input.nameSource(), FieldChecks.TEXT_LENGTH);
        return () -> {
            IndicatorInput checked = new IndicatorInput(code, names.en(), names.ru(), names.kk(), definition, topic, unit, multiplier, decimals,
                    formula, input.additive() != null && input.additive(), nameSource, input.reason());
            return new Checked<>(checked, indicator -> ROW.apply(checked, indicator));
        };
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

    /** The input's fields onto the row; the id is the database's, the translated definitions the migrations'. */
    @Mapper(config = RowMapping.class)
    interface Row {
        @Mapping(target = "id", ignore = true)
        @Mapping(target = "definitionRu", ignore = true)
        @Mapping(target = "definitionKk", ignore = true)
        void apply(IndicatorInput input, @MappingTarget Indicator indicator);
    }
}
