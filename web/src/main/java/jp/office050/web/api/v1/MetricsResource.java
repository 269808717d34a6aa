package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.office050.access.control.Scopes;
import jp.office050.platform.control.Meters;
import jp.office050.web.api.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/metrics}: this instance's metrics in Prometheus' text format, for a token with the {@code metrics}
 * scope (the monitoring system's); nobody reads them anonymously.
 */
@Path("v1/metrics")
@RequestScoped
@Tag(name = "operations", description = "Metrics for the monitoring system")
public class MetricsResource {

    @Inject
    Meters meters;

    @Context
    SecurityContext security;

    @GET
    @Produces("text/plain")
    @Operation(
            summary = "Metrics of this instance (Prometheus text format 0.0.4)",
            description = "Logins by realm and "
                    + "outcome, lockouts begun and released, resets, settings saves, user number list latency, password hash "
                    + "time, every audit event by action and outcome. Needs the metrics scope.")
    public Response scrape() {
        if (!security.isUserInRole(Scopes.METRICS)) {
            return Problems.of(403, "forbidden", "Forbidden", "This token's scopes do not allow this.")
                    .build();
        }
        return Response.ok(meters.scrape(), "text/plain; version=0.0.4; charset=utf-8")
                .header("Cache-Control", "no-store")
                .build();
    }
}
