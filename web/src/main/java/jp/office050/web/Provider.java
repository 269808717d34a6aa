package jp.office050.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The provider's name as the pages say it ("OCN" in "OCNメール"), from {@code office050.provider.name}. */
@Named("provider")
@ApplicationScoped
public class Provider {

    @Inject
    @ConfigProperty(name = "office050.provider.name", defaultValue = "ISP")
    String name;

    public String getName() {
        return name;
    }
}
