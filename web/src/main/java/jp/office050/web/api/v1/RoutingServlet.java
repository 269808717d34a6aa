package jp.office050.web.api.v1;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import jp.office050.access.control.Scopes;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.platform.control.Databases;
import jp.office050.routing.boundary.Routing;
import jp.office050.routing.entity.Route;
import jp.office050.web.api.JsonBodies;
import jp.office050.web.api.Problems;

/**
 * {@code GET /api/v1/routing?called=&caller=&privacy=}: the telephony platform's question for each incoming call,
 * answered from the settings as they are committed now. For a token with the {@code routing} scope (the SIP proxy's);
 * the token itself is checked by the API's realm ({@code ApiTokens}) before this runs.
 *
 * <p>A servlet of its own rather than a JAX-RS resource: it is asked at the rate calls come in, and the JAX-RS and EJB
 * layers cost several times what the answer does. Its exact path takes precedence over the API's {@code /api/*}
 * mapping; it is documented in the API's OpenAPI document ({@code META-INF/openapi.yaml}) and answers errors with the
 * same problem documents as the rest of the API, audited as they are (a successful answer is counted in the metrics,
 * not audited: there is one per call).
 */
@WebServlet(name = "routing", urlPatterns = RoutingServlet.PATH)
public class RoutingServlet extends HttpServlet {

    static final String PATH = "/api/v1/routing";

    private static final long serialVersionUID = 1L;

    private static final System.Logger LOG = System.getLogger(RoutingServlet.class.getName());

    @Inject
    transient Routing routing;

    @Inject
    transient AuditTrail audit;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            refuse(request, response, 405, "http-405", "Method Not Allowed", "Ask with GET.", List.of());
            return;
        }
        if (!request.isUserInRole(Scopes.ROUTING)) {
            refuse(
                    request,
                    response,
                    403,
                    "forbidden",
                    "Forbidden",
                    "This token's scopes do not allow this.",
                    List.of());
            return;
        }
        Route route;
        try {
            route = routing.route(
                    request.getParameter("called"), request.getParameter("caller"), request.getParameter("privacy"));
        } catch (InvalidFieldsException invalid) {
            refuse(
                    request,
                    response,
                    400,
                    "invalid-fields",
                    "Invalid fields",
                    "Some fields break the rules; nothing was stored.",
                    invalid.fields());
            return;
        } catch (RuntimeException failed) {
            if (Databases.unreachable(failed) || failed.getCause() instanceof java.sql.SQLException) {
                // as the rest of the API answers a failed database: 503, retry later (the proxy answers the caller 503)
                LOG.log(System.Logger.Level.ERROR, "Routing: the database failed or could not be reached", failed);
                Problems.write(
                        response,
                        503,
                        "unavailable",
                        "Service unavailable",
                        "The database could not be reached; nothing was stored. Retry later.");
                return;
            }
            LOG.log(System.Logger.Level.ERROR, "Routing: unexpected error", failed);
            refuse(
                    request,
                    response,
                    500,
                    "internal",
                    "Internal error",
                    "Something went wrong on our side; nothing was stored.",
                    List.of());
            return;
        }
        byte[] body = json(route).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(body);
        }
    }

    /** A refusal or failure: its problem document, and an audit event in the token's name (as every API call's). */
    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<InvalidField> fields)
            throws IOException {
        Principal principal = request.getUserPrincipal();
        try {
            audit.refused(AuditEvent.of(
                            principal == null ? "operator:?" : principal.getName(),
                            Action.API_CALL,
                            PATH,
                            status == 403 ? Outcome.REFUSED : Outcome.FAILED)
                    .detail(request.getMethod() + " " + status));
        } catch (RuntimeException notRecorded) {
            LOG.log(System.Logger.Level.ERROR, "Routing: the refusal could not be audited", notRecorded);
        }
        Problems.write(response, status, type, title, detail, fields);
    }

    static JsonObject json(Route route) {
        return builder(route).build();
    }

    private static JsonObjectBuilder builder(Route route) {
        var json = JsonBodies.BUILDERS.createObjectBuilder();
        if (route instanceof Route.Ring ring) {
            json.add("action", "ring").add("line", ring.line()).add("timeout", ring.timeoutSeconds());
            fallback(json, "onBusy", ring.onBusy());
            fallback(json, "onNoAnswer", ring.onNoAnswer());
            fallback(json, "onUnreachable", ring.onUnreachable());
        } else if (route instanceof Route.Forward forward) {
            json.add("action", "forward").add("target", forward.target());
        } else if (route instanceof Route.Voicemail voicemail) {
            json.add("action", "voicemail")
                    .add("line", voicemail.line())
                    .add("greeting", voicemail.customGreeting() == null ? "standard" : "custom");
            if (voicemail.customGreeting() != null) {
                json.add("greetingText", voicemail.customGreeting());
            }
        } else if (route instanceof Route.Reject reject) {
            json.add("action", "reject")
                    .add("status", reject.status())
                    .add("reason", reject.reason())
                    .add("announcement", reject.announcement());
        } else {
            json.add("action", "unknown").add("status", 404).add("reason", "Not Found");
        }
        return json;
    }

    private static void fallback(JsonObjectBuilder json, String name, Route route) {
        if (route != null) {
            json.add(name, builder(route));
        }
    }
}
