package jp.office050.platform.control;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Where and how the portal sends mail, from MicroProfile Config (system properties, environment, …) with defaults
 * that suit a local SMTP relay. {@link #toString()} masks the password so that the settings can be logged.
 */
public record MailSettings(
        Delivery delivery,
        String host,
        int port,
        String from,
        Optional<String> fromName,
        Optional<String> user,
        Optional<String> password,
        boolean startTls,
        int timeoutMillis) {

    /** SMTP hands mail to the server; LOG only writes it to the log, for a demo without a mail server. */
    public enum Delivery {
        SMTP,
        LOG
    }

    static final String DELIVERY = "office050.mail.delivery";
    static final String HOST = "office050.mail.smtp.host";
    static final String PORT = "office050.mail.smtp.port";
    static final String FROM = "office050.mail.from";
    static final String FROM_NAME = "office050.mail.from-name";
    static final String USER = "office050.mail.smtp.user";
    static final String PASSWORD = "office050.mail.smtp.password";
    static final String STARTTLS = "office050.mail.smtp.starttls";
    static final String TIMEOUT = "office050.mail.smtp.timeout-ms";

    public MailSettings {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        require(host != null && !host.isBlank(), HOST + " must not be blank");
        require(port > 0 && port <= 65_535, PORT + " must be 1 to 65535");
        require(from != null && !from.isBlank(), FROM + " must not be blank");
        require(timeoutMillis > 0, TIMEOUT + " must be positive");
        require(user.isPresent() == password.isPresent(), USER + " and " + PASSWORD + " must be set together");
    }

    public static MailSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    static MailSettings from(Function<String, Optional<String>> source) {
        var values = new Values(source);
        return new MailSettings(
                values.delivery(),
                values.text(HOST).orElse("localhost"),
                values.integer(PORT, 25),
                values.text(FROM).orElse("no-reply@office050.example"),
                values.text(FROM_NAME),
                values.text(USER),
                values.secret(PASSWORD),
                values.bool(STARTTLS, false),
                values.integer(TIMEOUT, 10_000));
    }

    public boolean authenticates() {
        return user.isPresent();
    }

    @Override
    public String toString() {
        return "MailSettings[delivery=" + delivery + ", host=" + host + ", port=" + port + ", from=" + from
                + ", fromName=" + fromName + ", user=" + user + ", password=" + password.map(p -> "****")
                + ", startTls=" + startTls + ", timeoutMillis=" + timeoutMillis + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Reads and converts single values, naming the key (never a secret value) when one is unusable. */
    private record Values(Function<String, Optional<String>> source) {

        Optional<String> text(String key) {
            return source.apply(key).map(String::strip).filter(value -> !value.isEmpty());
        }

        Optional<String> secret(String key) {
            return source.apply(key).filter(value -> !value.isEmpty());
        }

        Delivery delivery() {
            String value = text(DELIVERY).orElse("smtp");
            try {
                return Delivery.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(DELIVERY + " must be smtp or log, not '" + value + "'");
            }
        }

        int integer(String key, int defaultValue) {
            try {
                return text(key).map(Integer::parseInt).orElse(defaultValue);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number");
            }
        }

        boolean bool(String key, boolean defaultValue) {
            return text(key).map(value -> parseBoolean(key, value)).orElse(defaultValue);
        }

        private static boolean parseBoolean(String key, String value) {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            throw new IllegalArgumentException(key + " must be true or false");
        }
    }
}
