package jp.office050.access.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Says nothing about whether the target exists. */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    public enum Reason {
        NOT_SIGNED_IN,
        NOT_YOUR_LINE,
        MULTIPLE_NUMBER_LINE,
        /** An email account has not chosen which of its administrator IDs to act through. */
        NO_ADMINISTRATOR_CHOSEN,
        /** An email account asked for an administrator ID it has not linked (or no longer links). */
        NOT_LINKED,
        /** A user signed in with a temporary password: nothing but choosing a new one until then. */
        PASSWORD_CHANGE_REQUIRED,
        /** The contract was suspended or cancelled by the provider while the caller was signed in. */
        CONTRACT_NOT_ACTIVE,
        /** An operator's API token without the scope this needs. */
        SCOPE_MISSING
    }

    private final Reason reason;

    public NotPermittedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
