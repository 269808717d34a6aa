package jp.office050.routing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.office050.access.control.Scopes;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.lines.entity.LineKind;
import jp.office050.options.entity.ForwardingSettings;
import jp.office050.options.entity.Greeting;
import jp.office050.platform.control.Meters;
import jp.office050.routing.entity.CallFacts;
import jp.office050.routing.entity.CallerId;
import jp.office050.routing.entity.Route;
import jp.office050.routing.entity.RoutingRules;

/**
 * The telephony platform asks, for every incoming call to an 050 number, how to route it: one read of the line, its
 * contract and its settings as they are now committed (a saved change applies to the very next call), nothing
 * written. Only the platform's token (scope {@code routing}) may ask.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Routing {

    static final String FACTS = "SELECT l.number, l.kind, c.state, l.subscriptions.forwarding,"
            + " l.subscriptions.anonymousRejection, f.always, f.busy, f.noAnswer, f.unreachable, f.destination,"
            + " f.ringSeconds, f.voicemail, f.voicemailAfterRings, f.greeting, f.greetingText, a.enabled"
            + " FROM Line l JOIN l.contract c"
            + " LEFT JOIN ForwardingSettings f ON f.lineId = l.id"
            + " LEFT JOIN AnonymousRejectionSettings a ON a.lineId = l.id"
            + " WHERE l.number = :number";

    @PersistenceContext
    EntityManager em;

    @Inject
    RoutingRules rules;

    @Inject
    Meters meters;

    /**
     * The route of a call to {@code called} (an 050 number) from {@code caller} (the user part of its identity, or
     * nothing) with the Privacy header {@code privacy} (or nothing). A called number that is no 050 number is refused
     * ({@link InvalidFieldsException}).
     */
    @RolesAllowed(Scopes.ROUTING)
    public Route route(String called, String caller, String privacy) {
        long started = System.nanoTime();
        if (!PhoneNumbers.isFifty(called)) {
            throw new InvalidFieldsException("called", "not an 050 number (11 digits, 050…)");
        }
        List<Object[]> rows = em.createQuery(FACTS, Object[].class)
                .setParameter("number", called)
                .getResultList();
        Route route =
                rows.isEmpty() ? new Route.Unknown() : facts(rows.get(0)).route(CallerId.of(caller, privacy), rules);
        meters.routed(answer(route), System.nanoTime() - started);
        return route;
    }

    /** The row as the decision needs it; a line that never saved its settings has their defaults. */
    private static CallFacts facts(Object[] row) {
        return new CallFacts(
                (String) row[0],
                (LineKind) row[1],
                (Contract.State) row[2],
                (Boolean) row[3],
                (Boolean) row[4],
                flag(row[5]),
                flag(row[6]),
                flag(row[7]),
                flag(row[8]),
                (String) row[9],
                row[10] == null ? ForwardingSettings.DEFAULT_RING_SECONDS : (Integer) row[10],
                flag(row[11]),
                row[12] == null ? ForwardingSettings.DEFAULT_VOICEMAIL_RINGS : (Integer) row[12],
                row[13] == null ? Greeting.STANDARD : (Greeting) row[13],
                (String) row[14],
                flag(row[15]));
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
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
