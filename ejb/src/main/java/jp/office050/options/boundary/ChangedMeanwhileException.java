package jp.office050.options.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Someone else (the user, or an administrator on the user's behalf) saved these settings after the form was read:
 * nothing was saved. The page reads the settings again to show what is saved now.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhileException extends RuntimeException {

    public ChangedMeanwhileException() {
        super("changed meanwhile");
    }
}
