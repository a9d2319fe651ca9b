package kz.creativeeconomy.audit.rest;

import java.time.Instant;
import kz.creativeeconomy.audit.AuditLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One write: who, what, when, and the import it belonged to.")
public record AuditEntryDto(long id, Instant at, @Schema(examples = "bns-editor") String actor, @Schema(nullable = true) Long apiKeyId,
                            @Schema(examples = "PUT") String method, @Schema(examples = "/v1/observations/6") String path,
                            @Schema(examples = "observation") String entity, @Schema(nullable = true) String entityId,
                            @Schema(nullable = true) Long importId, String summary) {

    public static AuditEntryDto of(AuditLog.Entry e) {
        return new AuditEntryDto(e.id(), e.at(), e.actor(), e.apiKeyId(), e.method(), e.path(), e.entity(), e.entityId(), e.importId(), e.summary());
    }
}
