package kz.creativeeconomy.indicator;

import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/indicators and PUT /v1/indicators/{code}. PUT replaces every editable field: a field left out
 * becomes empty or takes its default. The code is the public key and never changes.
 */
@Schema(name = "IndicatorInput", description = "An indicator as an editor sends it. PUT replaces every editable field (a field left out "
        + "becomes empty or takes its default); code is the public key: required when creating, on PUT left out or equal to the current one.")
public record IndicatorInput(
        @Schema(description = "Kebab-case code. Required when creating; never changes.", examples = "museum-visits", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String code,
        @Schema(required = true, description = "English name.", examples = "Visits to museums", maxLength = FieldChecks.NAME_LENGTH) String nameEn,
        @Schema(nullable = true, description = "Russian name.", examples = "Посещения музеев", maxLength = FieldChecks.NAME_LENGTH) String nameRu,
        @Schema(nullable = true, description = "Kazakh name.", examples = "Мұражайларға келушілер", maxLength = FieldChecks.NAME_LENGTH) String nameKk,
        @Schema(required = true, description = "What the indicator measures.", maxLength = FieldChecks.TEXT_LENGTH) String definitionEn,
        @Schema(required = true, description = "Kebab-case topic; a new topic is allowed.", examples = "culture", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String topic,
        @Schema(required = true, description = "Unit of measure: a code of the unit table (KZT, percent, persons, count, visits, index).",
                examples = "visits", maxLength = FieldChecks.KEY_LENGTH) String unit,
        @Schema(nullable = true, description = "Power of ten the values are expressed in: 0 (default), 3 (thousand), 6 (million) or 9 (billion).",
                examples = "3") Integer unitMultiplier,
        @Schema(nullable = true, description = "Decimals the source publishes, 0 (default) to 10.", examples = "1") Integer decimals,
        @Schema(nullable = true, description = "For derived indicators, how they are computed from others.",
                examples = "creative-gva / gross-product * 100", maxLength = FieldChecks.NAME_LENGTH) String formula,
        @Schema(nullable = true, description = "Whether values of regions add up to the national total; default false.") Boolean additive,
        @Schema(nullable = true, description = "Where the Russian and Kazakh names come from.", maxLength = FieldChecks.TEXT_LENGTH) String nameSource,
        @Schema(required = true, description = "Why the indicator is added or changed; kept in the audit log.", examples = "New BNS table", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored indicator as a body, for the audit log. */
    public static IndicatorInput of(Indicator i) {
        return new IndicatorInput(i.code, i.nameEn, i.nameRu, i.nameKk, i.definitionEn, i.topic, i.unit, i.unitMultiplier, i.decimals,
                i.formula, i.additive, i.nameSource, null);
    }
}
