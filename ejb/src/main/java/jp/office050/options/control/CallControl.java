package jp.office050.options.control;

import jp.office050.options.entity.CallOutcome;

/**
 * The telephony platform's call control, as click dial uses it: ring {@code firstPhone}, and when it answers,
 * connect it to {@code callee}, showing {@code callerNumber} (the line's 050 number). The adapter that speaks to a
 * real SIP network is not part of this release; {@link UnavailableCallControl} is used until one is installed.
 */
public interface CallControl {

    /** Whether calls can be placed at all in this installation. */
    boolean isAvailable();

    /** Asks for the call; answers at once with the outcome of the request (it does not wait for the callee). */
    CallOutcome placeCall(String callerNumber, String firstPhone, String callee);
}
