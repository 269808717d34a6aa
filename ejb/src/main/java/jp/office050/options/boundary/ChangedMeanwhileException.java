package jp.office050.options.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Someone else (the user, or an administrator on the user's behalf) saved these settings after the form was read:
 * nothing was saved, and {@link #current()} holds what is saved now.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhileException extends RuntimeException {

    private final transient Object current;

    public ChangedMeanwhileException(Object current) {
        super("changed meanwhile");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
