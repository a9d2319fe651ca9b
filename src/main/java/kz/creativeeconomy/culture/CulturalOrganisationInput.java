package kz.creativeeconomy.culture;

import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/cultural-organisations and PUT /v1/cultural-organisations/{id}. PUT replaces every editable
 * field: a field left out becomes empty. The id is the public key and never changes.
 */
@Schema(name = "CulturalOrganisationInput", description = "A cultural organisation as an editor sends it. PUT replaces every editable field "
        + "(a field left out becomes empty); id is the public key: required when creating, on PUT left out or equal to the current one.")
public record CulturalOrganisationInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "ekr-puppet-theatre", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String id,
        @Schema(required = true, description = "English name.", examples = "East Kazakhstan Regional Puppet Theatre", maxLength = FieldChecks.NAME_LENGTH) String nameEn,
        @Schema(nullable = true, description = "Russian name.", maxLength = FieldChecks.NAME_LENGTH) String nameRu,
        @Schema(nullable = true, description = "Kazakh name.", maxLength = FieldChecks.NAME_LENGTH) String nameKk,
        @Schema(required = true, description = "Kind of organisation, a snake_case word; a new one is allowed.", examples = "theatre", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.SNAKE_CASE_REGEX) String type,
        @Schema(required = true, description = "Code or slug of the region where it works.", examples = "ust-kamenogorsk", maxLength = FieldChecks.KEY_LENGTH) String region,
        @Schema(nullable = true, description = "Id of the organisation it belongs to; not itself nor one inside it.", examples = "ertis-concert", maxLength = FieldChecks.KEY_LENGTH)
        String parent,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String descriptionEn,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String descriptionRu,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String descriptionKk,
        @Schema(required = true, description = "Id of the source that names it, listed by /v1/sources.", examples = "akimat-ekr-culture-2023-text", maxLength = FieldChecks.KEY_LENGTH)
        String source,
        @Schema(required = true, description = "Why the organisation is added or changed; kept in the audit log.", examples = "Opened in 2025", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored organisation as a body, for the audit log. */
    public static CulturalOrganisationInput of(CulturalOrganisation o) {
        return new CulturalOrganisationInput(o.id, o.nameEn, o.nameRu, o.nameKk, o.type, o.region.slug, o.parent == null ? null : o.parent.id,
                o.descriptionEn, o.descriptionRu, o.descriptionKk, o.source.id, null);
    }
}
