package kz.creativeeconomy.culture;

import kz.creativeeconomy.editing.CatalogueInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/cultural-organisations and PUT /v1/cultural-organisations/{id}. PUT replaces every editable
 * field: a field left out becomes empty. The id is the public key and never changes.
 */
@Schema(name = "CulturalOrganisationInput", description = "A cultural organisation as an editor sends it. PUT replaces every editable field "
        + "(a field left out becomes empty); id is the public key: required when creating, on PUT left out or equal to the current one.")
public record CulturalOrganisationInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "ekr-puppet-theatre") String id,
        @Schema(required = true, description = "English name.", examples = "East Kazakhstan Regional Puppet Theatre") String nameEn,
        @Schema(nullable = true, description = "Russian name.") String nameRu,
        @Schema(nullable = true, description = "Kazakh name.") String nameKk,
        @Schema(required = true, description = "Kind of organisation, a snake_case word; a new one is allowed.", examples = "theatre") String type,
        @Schema(required = true, description = "Code or slug of the region where it works.", examples = "ust-kamenogorsk") String region,
        @Schema(nullable = true, description = "Id of the organisation it belongs to; not itself nor one inside it.", examples = "ertis-concert")
        String parent,
        @Schema(nullable = true) String descriptionEn,
        @Schema(nullable = true) String descriptionRu,
        @Schema(nullable = true) String descriptionKk,
        @Schema(required = true, description = "Id of the source that names it, listed by /v1/sources.", examples = "akimat-ekr-culture-2023-text")
        String source,
        @Schema(required = true, description = "Why the organisation is added or changed; kept in the audit log.", examples = "Opened in 2025")
        String reason) implements CatalogueInput {

    /** The stored organisation as a body, for the audit log. */
    public static CulturalOrganisationInput of(CulturalOrganisation o) {
        return new CulturalOrganisationInput(o.id, o.nameEn, o.nameRu, o.nameKk, o.type, o.region.slug, o.parent == null ? null : o.parent.id,
                o.descriptionEn, o.descriptionRu, o.descriptionKk, o.source.id, null);
    }
}
