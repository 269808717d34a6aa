package jp.office050.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the portal's mails (GreenMail on loopback, port {@code it.smtp.port}), started once per
 * test JVM. Tests read what arrived for an address of their own.
 */
final class TestMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/mypage/verify\\.xhtml\\?token=[A-Za-z0-9_-]+");

    private static GreenMail server;

    private TestMailbox() {}

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp"))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** The server goes away (a connection is refused) until {@link #start()}; what it received is forgotten. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails an address received, oldest first, as "subject\nbody". */
    static List<String> mailsTo(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> to(message, address))
                .map(message -> subject(message) + "\n" + text(message))
                .toList();
    }

    /** The portal's public address the tests configure ({@code office050.mail.link-url}); mails link there only. */
    static final String LINK_URL = System.getProperty("it.linkUrl", "https://portal.office050.test/oa/");

    /**
     * The registration link in a mail, as a path from the portal's root (the tests reach the portal at another
     * address than the public one). Fails unless the link points to the configured public address.
     */
    static String linkIn(String mail) {
        String link = absoluteLinkIn(mail);
        if (!link.startsWith(LINK_URL)) {
            throw new AssertionError("the link does not point to " + LINK_URL + ": " + link);
        }
        return link.substring(LINK_URL.length());
    }

    /** The registration link in a mail, as it stands there. */
    static String absoluteLinkIn(String mail) {
        Matcher matcher = LINK.matcher(mail);
        if (!matcher.find()) {
            throw new AssertionError("no registration link in: " + mail);
        }
        return matcher.group();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
