package jp.office050.mailaccounts.boundary;

import jakarta.ejb.ApplicationException;

/** What was typed is not one email address. Says nothing about whether anyone uses it. */
@ApplicationException(rollback = true)
public class InvalidAddressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidAddressException() {
        super("not an email address");
    }
}
