package kz.creativeeconomy.auth.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey", description = "A key just created. The key is shown this once; only its hash is kept.")
public record NewApiKeyDto(ApiKeyDto apiKey,
                           @Schema(description = "Send as Authorization: Bearer <key>. Store it now: it cannot be shown again.") String key) {
}
