package jp.office050.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one {@link Mailer} of the application, built from configuration when first needed. The producer is
 * {@code @Dependent} because Mailer is immutable and has no no-argument constructor, so it cannot be proxied; every
 * injection point gets the same shared instance.
 */
@ApplicationScoped
public class Mailers {

    private Mailer mailer;

    @PostConstruct
    void configure() {
        mailer = new Mailer(MailSettings.from(ConfigProvider.getConfig()));
    }

    @Produces
    @Dependent
    Mailer mailer() {
        return mailer;
    }
}
