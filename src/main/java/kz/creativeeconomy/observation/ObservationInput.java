package kz.creativeeconomy.observation;

import java.math.BigDecimal;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /v1/observations: a new value, identified by its natural key. */
@Schema(name = "ObservationInput")
public record ObservationInput(
        @Schema(required = true, examples = "creative-gva", maxLength = FieldChecks.KEY_LENGTH) String indicator,
        @Schema(required = true, description = "Region code or slug.", examples = "east-kazakhstan", maxLength = FieldChecks.KEY_LENGTH) String region,
        @Schema(required = true, description = "SDMX-style period code.", examples = "2024", maxLength = FieldChecks.KEY_LENGTH) String period,
        @Schema(nullable = true, examples = "organisation_type", maxLength = FieldChecks.KEY_LENGTH) String breakdownDimension,
        @Schema(nullable = true, examples = "museums", maxLength = FieldChecks.KEY_LENGTH) String breakdownMember,
        @Schema(required = true, description = "Exact decimal in unit x 10^unit_multiplier of the indicator.", examples = "27000.5") BigDecimal value,
        @Schema(required = true, enumeration = {"final", "provisional", "estimated", "break"}) String status,
        @Schema(nullable = true, maxLength = FieldChecks.FOOTNOTE_LENGTH) String footnote,
        @Schema(required = true, description = "Source id listed by /v1/sources.", examples = "bns-creative-gva-table-1", maxLength = FieldChecks.KEY_LENGTH) String source,
        @Schema(required = true, description = "Why the data changes; kept in the revision history.", examples = "BNS revision of 2025-06", maxLength = FieldChecks.REASON_LENGTH) String reason) {
}
