package jp.office050.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The mail could not be handed to the SMTP server, so the recipient will not get it: the work that wanted it sent is
 * rolled back and the user can try again. The message names the server and the recipient's domain only — never the
 * body, which carries one-time links.
 */
@ApplicationException(rollback = true)
public class MailUnavailableException extends RuntimeException {

    public MailUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
