package jp.office050.routing.entity;

/**
 * What the SIP proxy does with an incoming call to a 050 number: the portal's answer for the call. A ringing line may
 * carry what to do when it is busy, not answered in time, or not reachable.
 */
public sealed interface Route {

    /** Refuse the call with this SIP status, playing (or sending) the announcement. */
    record Reject(int status, String reason, String announcement) implements Route {}

    /** Send the call to this number (outside the portal: through the gateway) at once. */
    record Forward(String target) implements Route {}

    /** Let the voicemail answer the call, with the line's greeting ({@code null}: the standard greeting). */
    record Voicemail(String line, String customGreeting) implements Route {}

    /**
     * Ring the line's phones for at most {@code timeoutSeconds} (0: until the caller gives up); then, on each kind of
     * failure, the route given for it ({@code null}: the failure goes back to the caller as it is).
     */
    record Ring(String line, int timeoutSeconds, Route onBusy, Route onNoAnswer, Route onUnreachable)
            implements Route {}

    /** No line of the portal has this number (or its contract has ended). */
    record Unknown() implements Route {}
}
