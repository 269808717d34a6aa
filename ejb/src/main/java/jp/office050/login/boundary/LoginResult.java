package jp.office050.login.boundary;

import jp.office050.access.control.Caller;

/**
 * The answer to a login. A failure says nothing about why (unknown ID, wrong password, locked), as the message
 * shown must not tell whether an ID exists.
 */
public record LoginResult(Status status, Caller caller, boolean mustChangePassword) {

    public enum Status {
        SUCCEEDED,
        FAILED,
        /** The password was right, but an ISP address must first consent to the mail migration. */
        CONSENT_NEEDED,
        /** The mail directory did not answer: nothing was judged and nothing counted. */
        DIRECTORY_UNAVAILABLE,
        /** The right temporary password, but it has expired (said only to whoever typed the right one). */
        PASSWORD_EXPIRED,
        /** The password was right; the account's second factor is asked next. */
        SECOND_FACTOR_NEEDED
    }

    private static final LoginResult FAILED = new LoginResult(Status.FAILED, null, false);
    private static final LoginResult UNAVAILABLE = new LoginResult(Status.DIRECTORY_UNAVAILABLE, null, false);
    private static final LoginResult EXPIRED = new LoginResult(Status.PASSWORD_EXPIRED, null, false);

    public static LoginResult failed() {
        return FAILED;
    }

    public static LoginResult unavailable() {
        return UNAVAILABLE;
    }

    public static LoginResult expired() {
        return EXPIRED;
    }

    public static LoginResult succeeded(Caller caller, boolean mustChangePassword) {
        return new LoginResult(Status.SUCCEEDED, caller, mustChangePassword);
    }

    /** The caller proved the password but is not signed in until it consents. */
    public static LoginResult consentNeeded(Caller caller) {
        return new LoginResult(Status.CONSENT_NEEDED, caller, false);
    }

    /** The caller proved the password but is not signed in until it gives its second factor. */
    public static LoginResult secondFactorNeeded(Caller caller) {
        return new LoginResult(Status.SECOND_FACTOR_NEEDED, caller, false);
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }
}
