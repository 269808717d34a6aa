package jp.office050.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;

/** Which option services a line subscribes to; the provider's provisioning sets them. */
@Embeddable
public class Subscriptions {

    @Column(name = "opt_forwarding", nullable = false)
    private boolean forwarding;

    @Column(name = "opt_click_dial", nullable = false)
    private boolean clickDial;

    @Column(name = "opt_anonymous_rejection", nullable = false)
    private boolean anonymousRejection;

    protected Subscriptions() {}

    public static Subscriptions of(Set<OptionService> services) {
        var subscriptions = new Subscriptions();
        subscriptions.forwarding = services.contains(OptionService.FORWARDING);
        subscriptions.clickDial = services.contains(OptionService.CLICK_DIAL);
        subscriptions.anonymousRejection = services.contains(OptionService.ANONYMOUS_REJECTION);
        return subscriptions;
    }

    public boolean has(OptionService service) {
        return switch (service) {
            case FORWARDING -> forwarding;
            case CLICK_DIAL -> clickDial;
            case ANONYMOUS_REJECTION -> anonymousRejection;
        };
    }

    public Set<OptionService> services() {
        Set<OptionService> services = EnumSet.noneOf(OptionService.class);
        for (OptionService service : OptionService.values()) {
            if (has(service)) {
                services.add(service);
            }
        }
        return services;
    }
}
