package jp.office050.mailaccounts.control;

import jakarta.ejb.ApplicationException;

/** The mail directory could not be asked (down, unreachable, misconfigured): nobody's password was judged. */
@ApplicationException(rollback = true)
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
