package kz.creativeeconomy.observation;

import java.math.BigDecimal;
import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /v1/observations/{id}: the new published state. The natural key never changes. */
@Schema(name = "ObservationChange")
public record ObservationChange(
        @Schema(required = true, examples = "25100.0") BigDecimal value,
        @Schema(required = true, enumeration = {"final", "provisional", "estimated", "break"}) String status,
        @Schema(nullable = true, maxLength = FieldChecks.FOOTNOTE_LENGTH) String footnote,
        @Schema(required = true, examples = "bns-creative-gva-table-1", maxLength = FieldChecks.KEY_LENGTH) String source,
        @Schema(required = true, examples = "BNS revision of 2025-06", maxLength = FieldChecks.REASON_LENGTH) String reason) {
}
