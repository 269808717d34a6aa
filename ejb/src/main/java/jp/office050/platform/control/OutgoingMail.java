package jp.office050.platform.control;

import java.util.Objects;

/**
 * One plain-text mail to one recipient, as the business wants it sent. The subject must be a single line so that it
 * can never smuggle in further header lines; the recipient address is checked by the {@link Mailer}.
 */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The subject must be a single line");
        }
    }
}
