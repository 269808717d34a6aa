package jp.office050.routing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.platform.control.Meters;
import jp.office050.routing.control.LineFacts;
import jp.office050.routing.entity.CallerId;
import jp.office050.routing.entity.Route;
import jp.office050.routing.entity.RoutingRules;

/**
 * The telephony platform asks, for every incoming call to an 050 number, how to route it: one read of the line, its
 * contract and its settings as they are now committed (a saved change applies to the very next call), nothing
 * written. Only the platform's token (scope {@code routing}) may ask: the API's routing endpoint checks the scope
 * before it asks this, which, being asked at the rate calls come in, is a plain CDI bean (no EJB container, no
 * transaction, no persistence context on its path).
 */
@ApplicationScoped
public class Routing {

    @Inject
    LineFacts lines;

    @Inject
    RoutingRules rules;

    @Inject
    Meters meters;

    /**
     * The route of a call to {@code called} (an 050 number) from {@code caller} (the user part of its identity, or
     * nothing) with the Privacy header {@code privacy} (or nothing). A called number that is no 050 number is refused
     * ({@link InvalidFieldsException}).
     */
    public Route route(String called, String caller, String privacy) {
        long started = System.nanoTime();
        if (!PhoneNumbers.isFifty(called)) {
            throw new InvalidFieldsException("called", "not an 050 number (11 digits, 050…)");
        }
        Route route = lines.of(called)
                .map(facts -> facts.route(CallerId.of(caller, privacy), rules))
                .orElseGet(Route.Unknown::new);
        meters.routed(answer(route), System.nanoTime() - started);
        return route;
    }

    private static String answer(Route route) {
        if (route instanceof Route.Ring) {
            return "ring";
        }
        if (route instanceof Route.Forward) {
            return "forward";
        }
        if (route instanceof Route.Voicemail) {
            return "voicemail";
        }
        return route instanceof Route.Reject ? "reject" : "unknown";
    }
}
