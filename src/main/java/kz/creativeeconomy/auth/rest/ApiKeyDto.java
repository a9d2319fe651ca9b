package kz.creativeeconomy.auth.rest;

import java.time.Instant;
import kz.creativeeconomy.auth.ApiKeyService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key as stored: never the key itself, only a prefix to recognise it.")
public record ApiKeyDto(@Schema(examples = "3") long id,
                        @Schema(examples = "bns-editor") String name,
                        @Schema(enumeration = {"editor", "admin"}) String role,
                        @Schema(examples = "cek_Ab12Cd") String keyPrefix,
                        Instant createdAt,
                        @Schema(nullable = true) String createdBy,
                        @Schema(nullable = true) Instant revokedAt) {

    public static ApiKeyDto of(ApiKeyService.StoredKey k) {
        return new ApiKeyDto(k.id(), k.name(), k.role().name(), k.keyPrefix(), k.createdAt(), k.createdBy(), k.revokedAt());
    }
}
