package kz.creativeeconomy.auth.rest;

import kz.creativeeconomy.editing.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(@Schema(required = true, description = "Who or what uses the key.", examples = "bns-editor", maxLength = FieldChecks.KEY_LENGTH) String name,
                            @Schema(required = true, enumeration = {"editor", "admin"}) String role) {
}
