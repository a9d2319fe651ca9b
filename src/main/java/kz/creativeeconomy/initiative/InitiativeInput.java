package kz.creativeeconomy.initiative;

import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/initiatives and PUT /v1/initiatives/{id}. PUT replaces every editable field: a field left out
 * becomes empty. The id is the public key and never changes.
 */
@Schema(name = "InitiativeInput", description = "An initiative as an editor sends it. PUT replaces every editable field (a field left out "
        + "becomes empty); id is the public key: required when creating, on PUT left out or equal to the current one.")
public record InitiativeInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "ekr-creative-grants-2025", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String id,
        @Schema(required = true, description = "Who carried it out.", enumeration = {"government", "business", "university"}, examples = "government")
        String actor,
        @Schema(nullable = true, description = "Year the cited source reports it, 1900 to 2100; null when not stated.", examples = "2025") Integer year,
        @Schema(required = true, examples = "Grants for creative start-ups", maxLength = FieldChecks.NAME_LENGTH) String titleEn,
        @Schema(nullable = true, maxLength = FieldChecks.TEXT_LENGTH) String descriptionEn,
        @Schema(nullable = true, description = "What it means for the region.", maxLength = FieldChecks.TEXT_LENGTH) String significanceEn,
        @Schema(nullable = true, description = "Id of the catalogued organisation it concerns.", examples = "ekr-creative-industry-centre", maxLength = FieldChecks.KEY_LENGTH)
        String organisation,
        @Schema(required = true, description = "Id of the source that reports it, listed by /v1/sources.", examples = "atameken-2023-council", maxLength = FieldChecks.KEY_LENGTH)
        String source,
        @Schema(required = true, description = "Why the initiative is added or changed; kept in the audit log.", examples = "Reported by Atameken", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored initiative as a body, for the audit log. */
    public static InitiativeInput of(Initiative i) {
        return new InitiativeInput(i.id, i.actor, i.year, i.titleEn, i.descriptionEn, i.significanceEn,
                i.organisation == null ? null : i.organisation.id, i.source.id, null);
    }
}
