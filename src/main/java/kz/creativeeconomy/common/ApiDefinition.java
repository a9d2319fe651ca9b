package kz.creativeeconomy.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Registers shared contract pieces; the rest of the info block comes from application.properties. */
@OpenAPIDefinition(info = @Info(title = "Creative Economy of Kazakhstan API", version = "1.0.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = ApiDefinition.SECURITY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key, sent as Authorization: Bearer <key>. Reading needs none; writing needs an editor or admin key. "
                + "The first admin key comes from `make api-key ROLE=admin NAME=...`.")
public class ApiDefinition extends Application {
    public static final String SECURITY = "apiKey";
}
