package jp.office050.notices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.office050.platform.control.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of the notices, in Japanese, or English for an account that chose English. Never a password: a reset
 * notice says only that the administrator reset it.
 */
@ApplicationScoped
public class NoticeMails {

    /** What a notice tells. */
    public enum Kind {
        VERIFY_ADDRESS,
        LINE_LOCKED,
        LOCK_RELEASED,
        PASSWORD_RESET,
        ADMIN_LINKED,
        ADMIN_UNLINKED,
        SECOND_FACTOR_ENROLLED,
        SECOND_FACTOR_REMOVED
    }

    private static final String BUNDLE = "jp.office050.notices.control.notices";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @Inject
    @ConfigProperty(name = "office050.provider.name", defaultValue = "ISP")
    String provider;

    /**
     * @param language {@code en} for English, anything else Japanese
     * @param about the ID the notice is about (a login ID, an administrator ID)
     * @param extra what the kind needs: a link, a time
     */
    public OutgoingMail mail(String to, String language, Kind kind, String about, Object extra) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                english(language) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object shown = extra instanceof Instant instant ? WHEN.format(instant) : extra;
        Object[] arguments = {provider, about, shown == null ? "" : shown};
        String key = kind.name().toLowerCase(Locale.ROOT);
        return new OutgoingMail(
                to,
                MessageFormat.format(texts.getString(key + ".subject"), arguments),
                MessageFormat.format(texts.getString(key + ".body"), arguments)
                        + MessageFormat.format(texts.getString("footer"), arguments));
    }

    public static boolean english(String language) {
        return "en".equals(language);
    }

    /** The language a page's locale stands for: {@code en} or {@code ja}. */
    public static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "ja";
    }
}
