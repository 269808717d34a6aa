package jp.office050.platform.control;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger.Level;
import java.util.Date;
import java.util.Objects;

/**
 * Sends one plain-text mail at a time with Jakarta Mail to the configured SMTP server, or only logs it when delivery is
 * LOG. Recipients are checked before any connection so that user input cannot add recipients or headers. Thread-safe.
 */
public class Mailer {

    private static final System.Logger LOG = System.getLogger("jp.office050.mail");
    private static final String UTF_8 = "UTF-8";

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress sender;

    public Mailer(MailSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = MailSessions.create(settings);
        this.sender = MailSessions.sender(settings);
        if (settings.delivery() == MailSettings.Delivery.LOG) {
            LOG.log(Level.WARNING, "Mail delivery is LOG: mails are written to this log and NOT sent");
        }
    }

    /**
     * @throws IllegalArgumentException if the recipient is not one valid address
     * @throws MailUnavailableException if the SMTP server did not take the mail
     */
    public void send(OutgoingMail mail) {
        InternetAddress recipient = recipient(mail.to());
        if (settings.delivery() == MailSettings.Delivery.LOG) {
            log(mail, recipient);
        } else {
            transmit(mail, recipient);
        }
    }

    private static InternetAddress recipient(String to) {
        if (to.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The recipient contains control characters");
        }
        try {
            var address = new InternetAddress(to, true);
            address.validate();
            if (address.isGroup() || address.getPersonal() != null) {
                throw new AddressException("not a plain address");
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("The recipient is not a single valid mail address");
        }
    }

    private void transmit(OutgoingMail mail, InternetAddress recipient) {
        try {
            Transport.send(message(mail, recipient));
        } catch (MessagingException e) {
            throw new MailUnavailableException(
                    "The mail to a recipient at " + domain(recipient) + " could not be handed to " + settings.host()
                            + ":" + settings.port(),
                    e);
        }
    }

    private MimeMessage message(OutgoingMail mail, InternetAddress recipient) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(sender);
        message.setRecipient(RecipientType.TO, recipient);
        message.setSubject(mail.subject(), UTF_8);
        message.setText(mail.body(), UTF_8);
        message.setSentDate(new Date());
        return message;
    }

    private void log(OutgoingMail mail, InternetAddress recipient) {
        LOG.log(
                Level.INFO,
                "Mail NOT sent (delivery is LOG). From: {0}\nTo: {1}\nSubject: {2}\n\n{3}",
                sender.toUnicodeString(),
                recipient.getAddress(),
                mail.subject(),
                mail.body());
    }

    private static String domain(InternetAddress address) {
        String text = address.getAddress();
        return text.substring(text.lastIndexOf('@') + 1);
    }
}
