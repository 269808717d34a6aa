package jp.office050.routing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jp.office050.routing.entity.RoutingRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The routing rules from configuration: {@code office050.routing.seconds-per-ring} (3: Japanese ringing repeats every
 * 3 s), {@code office050.routing.announcement.anonymous} and {@code office050.routing.announcement.suspended}.
 */
@ApplicationScoped
public class RoutingSettings {

    @Inject
    @ConfigProperty(name = "office050.routing.seconds-per-ring", defaultValue = "3")
    int secondsPerRing;

    @Inject
    @ConfigProperty(
            name = "office050.routing.announcement.anonymous",
            defaultValue = RoutingRules.ANONYMOUS_ANNOUNCEMENT)
    String anonymous;

    @Inject
    @ConfigProperty(
            name = "office050.routing.announcement.suspended",
            defaultValue = RoutingRules.SUSPENDED_ANNOUNCEMENT)
    String suspended;

    @Produces
    RoutingRules rules() {
        return new RoutingRules(secondsPerRing, anonymous, suspended);
    }
}
