package jp.office050.routing.entity;

import jp.office050.contracts.entity.Contract;
import jp.office050.lines.entity.LineKind;
import jp.office050.options.entity.Greeting;

/**
 * What the portal knows of a called line that matters to a call, read in one query: its kind and contract, the option
 * services it subscribes to and their settings (the defaults where none were ever saved). Decides the call's route.
 */
public record CallFacts(
        String number,
        LineKind kind,
        Contract.State contract,
        boolean forwardingSubscribed,
        boolean rejectionSubscribed,
        boolean forwardAlways,
        boolean forwardBusy,
        boolean forwardNoAnswer,
        boolean forwardUnreachable,
        String destination,
        int ringSeconds,
        boolean voicemail,
        int voicemailAfterRings,
        Greeting greeting,
        String greetingText,
        boolean rejectionEnabled) {

    /**
     * The route of a call from {@code caller}:
     *
     * <ol>
     *   <li>a cancelled contract's line is unknown; a suspended contract's line refuses calls (480);
     *   <li>a 050 multiple-number line is not the portal's to set: it simply rings;
     *   <li>a caller who withheld its number is refused (433 Anonymity Disallowed) where the line rejects them;
     *   <li>"forward always" sends the call to the destination at once;
     *   <li>otherwise the line rings, and when it is busy, not answered within the ring time or unreachable, the call
     *       is forwarded where the line says so, else goes to voicemail where it is on (after its rings), else fails.
     * </ol>
     */
    public Route route(CallerId caller, RoutingRules rules) {
        if (contract == Contract.State.CANCELLED) {
            return new Route.Unknown();
        }
        if (contract == Contract.State.SUSPENDED) {
            return new Route.Reject(480, "Temporarily Unavailable", rules.suspendedAnnouncement());
        }
        if (kind != LineKind.ORDINARY) {
            return plainRing();
        }
        if (caller.withheld() && rejectionSubscribed && rejectionEnabled) {
            return new Route.Reject(433, "Anonymity Disallowed", rules.anonymousAnnouncement());
        }
        if (!forwardingSubscribed) {
            return plainRing();
        }
        boolean forwards = destination != null && !destination.isBlank();
        if (forwardAlways && forwards) {
            return new Route.Forward(destination);
        }
        Route mailbox =
                voicemail ? new Route.Voicemail(number, greeting == Greeting.CUSTOM ? greetingText : null) : null;
        Route forward = forwards ? new Route.Forward(destination) : null;
        boolean noAnswerForwards = forwardNoAnswer && forwards;
        int timeout =
                noAnswerForwards ? ringSeconds : mailbox != null ? voicemailAfterRings * rules.secondsPerRing() : 0;
        return new Route.Ring(
                number,
                timeout,
                forwardBusy && forwards ? forward : mailbox,
                noAnswerForwards ? forward : mailbox,
                forwardUnreachable && forwards ? forward : mailbox);
    }

    private Route plainRing() {
        return new Route.Ring(number, 0, null, null, null);
    }
}
