package jp.office050.mailaccounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.office050.platform.control.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The texts of the My Page mails, in the language the person used on the page (Japanese unless English). */
@ApplicationScoped
public class RegistrationMails {

    private static final String BUNDLE = "jp.office050.mailaccounts.control.mails";

    @Inject
    @ConfigProperty(name = "office050.provider.name", defaultValue = "ISP")
    String provider;

    public OutgoingMail link(String address, String link, int hours, Locale locale) {
        return mail(address, locale, "link", link, hours);
    }

    /** @param loginPage the absolute address of the email login page */
    public OutgoingMail alreadyRegistered(String address, String loginPage, Locale locale) {
        return mail(address, locale, "registered", loginPage);
    }

    /** @param loginPage the absolute address of the email login page */
    public OutgoingMail ispAddress(String address, String loginPage, Locale locale) {
        return mail(address, locale, "isp", loginPage);
    }

    private OutgoingMail mail(String address, Locale locale, String kind, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                english(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] all = new Object[arguments.length + 2];
        all[0] = provider;
        all[1] = address;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new OutgoingMail(
                address,
                MessageFormat.format(texts.getString(kind + ".subject"), all),
                MessageFormat.format(texts.getString(kind + ".body"), all));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
