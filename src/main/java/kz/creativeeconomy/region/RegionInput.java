package kz.creativeeconomy.region;

import java.time.LocalDate;
import kz.creativeeconomy.editing.CatalogueInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/regions and PUT /v1/regions/{code_or_slug}. PUT replaces every editable field: a field left
 * out becomes empty. The code and the slug are the public keys and never change.
 */
@Schema(name = "RegionInput", description = "A region as an editor sends it. PUT replaces every editable field (a field left out becomes empty); "
        + "code and slug are the public keys: required when creating, on PUT left out or equal to the current ones.")
public record RegionInput(
        @Schema(description = "KATO code (9 digits), KZ for the Republic or WLD for the world. Required when creating; never changes.",
                examples = "636200000") String code,
        @Schema(description = "Kebab-case slug with at least one letter. Required when creating; never changes.", examples = "ulan-district") String slug,
        @Schema(required = true, description = "English name.", examples = "Ulansky district") String nameEn,
        @Schema(nullable = true, description = "Official Russian name.", examples = "Уланский район") String nameRu,
        @Schema(nullable = true, description = "Official Kazakh name.", examples = "Ұлан ауданы") String nameKk,
        @Schema(required = true, enumeration = {"world", "country", "city_of_republican_significance", "region", "district", "city"},
                examples = "district") String level,
        @Schema(nullable = true, description = "Code or slug of the region it lies in; not the region itself nor one inside it.",
                examples = "east-kazakhstan") String parent,
        @Schema(nullable = true, description = "First day of this code and parent (ISO 8601).", examples = "2022-06-08") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day; on or after valid_from.") LocalDate validTo,
        @Schema(nullable = true, description = "Doubts about the code or the name, and where they come from.") String note,
        @Schema(required = true, description = "Why the region is added or changed; kept in the audit log.", examples = "KATO 2025 update")
        String reason) implements CatalogueInput {

    /** The stored region as a body, for the audit log. */
    public static RegionInput of(Region region) {
        return new RegionInput(region.code, region.slug, region.nameEn, region.nameRu, region.nameKk, region.level,
                region.parent == null ? null : region.parent.slug, region.validFrom, region.validTo, region.note, null);
    }
}
