package jp.office050.login.boundary;

import jp.office050.access.control.Caller;

/**
 * The answer to a login. A failure says nothing about why (unknown ID, wrong password, locked), as the message
 * shown must not tell whether an ID exists.
 */
public record LoginResult(Caller caller, boolean mustChangePassword) {

    private static final LoginResult FAILED = new LoginResult(null, false);

    public static LoginResult failed() {
        return FAILED;
    }

    public boolean succeeded() {
        return caller != null;
    }
}
