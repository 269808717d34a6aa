package jp.office050.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The provider's API, below {@code /api/}, versioned ({@code /api/v1/}): JSON, bearer tokens, problem details. Its
 * OpenAPI document is at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Office 050 provider API",
                        version = "1",
                        description =
                                "Contracts, lines and administrator IDs, created and kept by the provider's systems. "
                                        + "Every call needs Authorization: Bearer <token>; errors are RFC 9457 problem details; "
                                        + "changes need the ETag as If-Match; creations are safe to retry with an Idempotency-Key."),
        security = @SecurityRequirement(name = "token"),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = "token",
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        description =
                                                "An API token; its scopes (provision, read, unlock) decide what it may do.")))
public class Api extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey: errors are answered by our problem documents, never by the container's HTML error pages.
        return Map.of(
                "jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
