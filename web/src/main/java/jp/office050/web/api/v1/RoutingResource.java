package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.office050.routing.boundary.Routing;
import jp.office050.routing.entity.Route;
import jp.office050.web.api.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/routing}: the telephony platform's question for each incoming call, answered from the settings as they
 * are now. For a token with the {@code routing} scope (the SIP proxy's).
 */
@Path("v1/routing")
@RequestScoped
@Tag(name = "telephony", description = "Routing of incoming calls, for the SIP proxy")
public class RoutingResource {

    @Inject
    Routing routing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "How to route an incoming call",
            description = "The answer's action is ring (the line's phones, for at most timeout seconds, 0 without a"
                    + " limit; then onBusy, onNoAnswer or onUnreachable, each a route of its own, where given),"
                    + " forward (to target, at once), voicemail (the line's mailbox, with its greeting), reject (with"
                    + " the SIP status, reason and the announcement the caller hears: 433 Anonymity Disallowed for a"
                    + " withheld number where the line rejects them, 480 for a suspended contract) or unknown (404:"
                    + " no line of the portal has the number). Needs the routing scope.")
    public Response route(
            @Parameter(description = "the called 050 number, 11 digits", required = true) @QueryParam("called")
                    String called,
            @Parameter(
                            description = "the caller's number (user part of From or P-Asserted-Identity); empty or"
                                    + " anonymous when withheld")
                    @QueryParam("caller")
                    String caller,
            @Parameter(description = "the call's Privacy header (RFC 3323), if any") @QueryParam("privacy")
                    String privacy) {
        return Response.ok(json(routing.route(called, caller, privacy)))
                .header("Cache-Control", "no-store")
                .build();
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
