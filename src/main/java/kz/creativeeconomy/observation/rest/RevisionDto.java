package kz.creativeeconomy.observation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One change of an observation: when, by whom, why, and the state before and after.")
public record RevisionDto(
        @Schema(examples = "2025-06-01T10:15:30Z") Instant recordedAt,
        @Schema(enumeration = {"insert", "update", "delete", "restore"}) String operation,
        @Schema(description = "Name of the API key that made the change, or 'seed' for the data of the paper.", examples = "bns-editor") String changedBy,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true, description = "The import that made the change, if any.") Long importId,
        @Schema(nullable = true, description = "The published state before; null for the first version.") State before,
        @Schema(description = "The published state after.") State after) {

    @Schema(name = "RevisionState")
    public record State(BigDecimal value, String status, @Schema(nullable = true) String footnote, String sourceId,
                        @Schema(description = "True when this state is a tombstone (deleted).") boolean deleted) {
    }
}
