package jp.office050.credentials.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether administrator IDs and email accounts must have a second factor ({@code office050.second-factor.required},
 * default false): then an account without one is sent to enrol at its next login, and can do nothing else until it
 * has. Read at start; {@link #require} changes the running value (the integration tests use it).
 */
@ApplicationScoped
public class SecondFactorPolicy {

    @Inject
    @ConfigProperty(name = "office050.second-factor.required", defaultValue = "false")
    boolean configured;

    private volatile boolean required;

    @PostConstruct
    void init() {
        required = configured;
    }

    public boolean required() {
        return required;
    }

    public void require(boolean required) {
        this.required = required;
    }
}
