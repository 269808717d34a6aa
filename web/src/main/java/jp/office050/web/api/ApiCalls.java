package jp.office050.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;

/**
 * Around every API call: a body announced larger than the API reads is refused (413) before it is read; afterwards the
 * call is audited in the token's name (method, path and status), whatever its outcome. (The routing answers for
 * incoming calls do not pass here: their servlet audits its refusals itself.)
 */
@Provider
@PreMatching
public class ApiCalls implements ContainerRequestFilter, ContainerResponseFilter {

    /** The largest CSV body (an import of lines). */
    public static final int MAX_CSV = 8 * 1024 * 1024;

    /** An oversized body up to this size is read and thrown away before the refusal; a larger one ends the connection. */
    private static final long DRAINED = 32L * 1024 * 1024;

    @Inject
    AuditTrail audit;

    private static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            while (body.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException gone) {
            // the client stopped sending: the refusal is all it gets
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException malformed) { // a Content-Type header that is no media type
            request.abortWith(Problems.of(400, "malformed-header", "Malformed header", "Content-Type is no media type.")
                    .build());
            return;
        }
        int limit = type != null && MediaType.valueOf("text/csv").isCompatible(type) ? MAX_CSV : JsonBodies.MAX_JSON;
        if (request.getLength() > limit) {
            var refusal = Problems.of(
                    413,
                    "too-large",
                    "Payload too large",
                    "The body is larger than " + limit + " bytes; nothing was stored.");
            if (request.getLength() <= DRAINED) {
                drain(request.getEntityStream()); // so that the client, still sending, reads the answer
            } else {
                refusal.header("Connection", "close");
            }
            request.abortWith(refusal.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        int status = response.getStatus();
        Outcome outcome = status < 400 ? Outcome.SUCCEEDED : status == 403 ? Outcome.REFUSED : Outcome.FAILED;
        String path = "/api/" + request.getUriInfo().getPath();
        audit.refused(AuditEvent.of(
                        principal == null ? "operator:?" : principal.getName(),
                        Action.API_CALL,
                        path.length() > 250 ? path.substring(0, 250) : path,
                        outcome)
                .detail(request.getMethod() + " " + status));
    }
}
