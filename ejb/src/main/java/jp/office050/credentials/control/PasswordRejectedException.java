package jp.office050.credentials.control;

import jakarta.ejb.ApplicationException;
import jp.office050.credentials.control.PasswordPolicy.Violation;

/** A password change that was refused; nothing was changed. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends RuntimeException {

    public enum Reason {
        WRONG_CURRENT_PASSWORD,
        /** Too many wrong current passwords: the line is locked, and the session must end. */
        LOCKED,
        SAME_AS_CURRENT,
        TOO_SHORT,
        TOO_LONG,
        CONTROL_CHARACTERS,
        COMMON,
        SAME_AS_ID;

        public static Reason of(Violation violation) {
            return valueOf(violation.name());
        }
    }

    private final Reason reason;

    public PasswordRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
