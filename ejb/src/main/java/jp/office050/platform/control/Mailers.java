package jp.office050.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one {@link Mailer} of the application and the address links in mails are built from, both from configuration
 * at start-up, where a missing public address is said in the log. The producers are {@code @Dependent} because both
 * are immutable without a no-argument constructor, so they cannot be proxied; every injection point gets the same
 * shared instance.
 */
@ApplicationScoped
public class Mailers {

    private static final System.Logger LOG = System.getLogger("jp.office050.mail");

    private Mailer mailer;
    private MailLinks links;

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configure();
    }

    private synchronized void configure() {
        if (mailer != null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        MailSettings settings = MailSettings.from(config);
        links = MailLinks.from(key -> config.getOptionalValue(key, String.class));
        mailer = new Mailer(settings);
        boolean missing = links.base().isEmpty() && settings.delivery() == MailSettings.Delivery.SMTP;
        LOG.log(missing ? Level.ERROR : Level.INFO, links.describe());
    }

    @Produces
    @Dependent
    Mailer mailer() {
        configure();
        return mailer;
    }

    @Produces
    @Dependent
    MailLinks links() {
        configure();
        return links;
    }
}
