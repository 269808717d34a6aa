package jp.office050.platform.control;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/**
 * Turns {@link MailSettings} into a Jakarta Mail session of its own (never the JVM-wide default session) with
 * timeouts, so that a dead server fails a request instead of hanging it, and with STARTTLS required when asked for, so
 * that credentials never go over plain text.
 */
final class MailSessions {

    private MailSessions() {}

    static Session create(MailSettings settings) {
        return Session.getInstance(properties(settings), authenticator(settings));
    }

    static InternetAddress sender(MailSettings settings) {
        try {
            var address = new InternetAddress(settings.from(), true);
            address.validate();
            if (settings.fromName().isPresent()) {
                address.setPersonal(settings.fromName().get(), "UTF-8");
            }
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException(MailSettings.FROM + " is not a valid mail address", e);
        }
    }

    static Properties properties(MailSettings settings) {
        var properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeoutMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.authenticates()));
        if (settings.startTls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (!settings.authenticates()) {
            return null;
        }
        var credentials = new PasswordAuthentication(
                settings.user().orElseThrow(), settings.password().orElseThrow());
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }
}
