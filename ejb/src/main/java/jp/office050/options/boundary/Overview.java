package jp.office050.options.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.office050.contracts.entity.OptionService;
import jp.office050.options.entity.Phrase;

/** What the line subscribes to, and what happens when someone calls it, in plain words. */
public final class Overview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<OptionService> services;
    private final List<Phrase> summary;

    public Overview(Set<OptionService> services, List<Phrase> summary) {
        this.services = Set.copyOf(services);
        this.summary = List.copyOf(summary);
    }

    public boolean has(OptionService service) {
        return services.contains(service);
    }

    public boolean isForwarding() {
        return has(OptionService.FORWARDING);
    }

    public boolean isClickDial() {
        return has(OptionService.CLICK_DIAL);
    }

    public boolean isAnonymousRejection() {
        return has(OptionService.ANONYMOUS_REJECTION);
    }

    public List<Phrase> getSummary() {
        return summary;
    }
}
