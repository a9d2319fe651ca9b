package kz.creativeeconomy.challenge;

import java.util.List;
import kz.creativeeconomy.editing.CatalogueInput;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /v1/challenges and PUT /v1/challenges/{id}. PUT replaces every editable field: a field left out
 * becomes empty. The id is the public key and never changes.
 */
@Schema(name = "ChallengeInput", description = "A challenge as an editor sends it. PUT replaces every editable field (a field left out "
        + "becomes empty); id is the public key: required when creating, on PUT left out or equal to the current one.")
public record ChallengeInput(
        @Schema(description = "Kebab-case id. Required when creating; never changes.", examples = "culture-rural-clubs", maxLength = FieldChecks.KEY_LENGTH, pattern = FieldChecks.KEBAB_CASE_REGEX) String id,
        @Schema(required = true, enumeration = {"Table 4", "Table 5"}, examples = "Table 4") String paperTable,
        @Schema(required = true, description = "Row of the table, 1 to 999; no other challenge of the table may have it.", examples = "5")
        Integer ordinal,
        @Schema(required = true, description = "Who identified the problem.", enumeration = {"akimat", "authors"}, examples = "akimat")
        String identifiedBy,
        @Schema(required = true, description = "Who proposed the solutions.", enumeration = {"akimat", "authors"}, examples = "authors")
        String solutionsBy,
        @Schema(required = true, description = "Short label of the problem area.", examples = "Rural clubs", maxLength = FieldChecks.NAME_LENGTH) String problemAreaEn,
        @Schema(required = true, examples = "Worn-out buildings of rural clubs", maxLength = FieldChecks.TEXT_LENGTH) String problemEn,
        @Schema(nullable = true, description = "Key issues, in the order printed; each a non-blank text.") List<String> issuesEn,
        @Schema(nullable = true, description = "Proposed solutions, in the order printed; each a non-blank text.") List<String> solutionsEn,
        @Schema(required = true, description = "Id of the source, listed by /v1/sources.", examples = "akimat-ekr-culture-2023-table-4", maxLength = FieldChecks.KEY_LENGTH) String source,
        @Schema(required = true, description = "Why the challenge is added or changed; kept in the audit log.", examples = "Akimat report 2025", maxLength = FieldChecks.REASON_LENGTH)
        String reason) implements CatalogueInput {

    /** The stored challenge as a body, for the audit log. */
    public static ChallengeInput of(Challenge c) {
        return new ChallengeInput(c.id, c.paperTable, c.ordinal, c.identifiedBy, c.solutionsBy, c.problemAreaEn, c.problemEn,
                List.copyOf(c.issuesEn), List.copyOf(c.solutionsEn), c.source.id, null);
    }
}
