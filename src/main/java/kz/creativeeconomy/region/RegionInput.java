package kz.creativeeconomy.region;

import java.time.LocalDate;
import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/regions and PUT /v1/regions/{code_or_slug}. PUT replaces every editable field: a field left
 * out becomes empty. The code and the slug are the public keys and never change.
 */
@Schema(name = "RegionInput", description = "A region as an editor sends it. PUT replaces every editable field (a field left out becomes empty); "
        + "code and slug are the public keys: required when creating, on PUT left out or equal to the current ones.")
public record RegionInput(
        @Schema(description = "KATO code (9 digits), KZ for the Republic or WLD for the world. Required when creating; never changes.",
                examples = "636200000", maxLength = FieldChecks.KEY_LENGTH) String code,
        @Schema(description = "Kebab-case slug with at least one letter. Required when creating; never changes.", examples = "ulan-district", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String slug,
        @Schema(required = true, description = "English name.", examples = "Ulansky district", maxLength = FieldChecks.NAME_LENGTH) String nameEn,
        @Schema(nullable = true, description = "Official Russian name.", examples = "Уланский район", maxLength = FieldChecks.NAME_LENGTH) String nameRu,
        @Schema(nullable = true, description = "Official Kazakh name.", examples = "Ұлан ауданы", maxLength = FieldChecks.NAME_LENGTH) String nameKk,
        @Schema(required = true, enumeration = {"world", "country", "city_of_republican_significance", "region", "district", "city"},
                examples = "district") String level,
        @Schema(nullable = true, description = "Code or slug of the region it lies in; not the region itself nor one inside it.",
                examples = "east-kazakhstan", maxLength = FieldChecks.KEY_LENGTH) String parent,
        @Schema(nullable = true, description = "First day of this code and parent (ISO 8601).", examples = "2022-06-08", maxLength = FieldChecks.DATE_LENGTH) LocalDate validFrom,
        @Schema(nullable = true, description = "Last day; on or after valid_from.", maxLength = FieldChecks.DATE_LENGTH) LocalDate validTo,
        @Schema(nullable = true, description = "Doubts about the code or the name, and where they come from.", maxLength = FieldChecks.TEXT_LENGTH) String note,
        @Schema(required = true, description = "Why the region is added or changed; kept in the audit log.", examples = "KATO 2025 update", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored region as a body, for the audit log. */
    public static RegionInput of(Region region) {
        return new RegionInput(region.code, region.slug, region.nameEn, region.nameRu, region.nameKk, region.level,
                region.parent == null ? null : region.parent.slug, region.validFrom, region.validTo, region.note, null);
    }
}
