package jp.office050.options.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.lines.entity.Line;
import jp.office050.options.control.DestinationNumbers;
import jp.office050.options.entity.AnonymousRejectionSettings;
import jp.office050.options.entity.ForwardingChoice;
import jp.office050.options.entity.ForwardingSettings;
import jp.office050.options.entity.OptionService;
import jp.office050.options.entity.Phrase;
import jp.office050.options.entity.Violation;

/**
 * The option-service settings of the signed-in user's line. Every save names the version it was read at; a save
 * over someone else's newer one is refused with the current values, and a save that breaks a rule changes nothing.
 */
@Stateless
public class OptionSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    public Overview overview() {
        Line line = callers.ownLine();
        List<Phrase> summary = new ArrayList<>();
        if (line.subscribes(OptionService.FORWARDING)) {
            summary.addAll(forwardingOf(line).describe());
        }
        if (summary.isEmpty()) {
            summary.add(Phrase.of("summary.rings"));
        }
        if (line.subscribes(OptionService.ANONYMOUS_REJECTION)
                && anonymousOf(line).isEnabled()) {
            summary.add(Phrase.of("summary.anonymous"));
        }
        return new Overview(line.services(), summary);
    }

    public ForwardingChoice forwarding() {
        return forwardingOf(subscribed(callers.ownLine(), OptionService.FORWARDING))
                .choice();
    }

    public void saveForwarding(ForwardingChoice choice) {
        Line line = lockedForChange(OptionService.FORWARDING);
        ForwardingSettings settings = forwardingOf(line);
        if (settings.getVersion() != choice.getVersion()) {
            throw new ChangedMeanwhileException(settings.choice());
        }
        List<Violation> violations = new ArrayList<>();
        String destination = null;
        if (choice.getDestination() != null && !choice.getDestination().isBlank()) {
            var checked = DestinationNumbers.check(choice.getDestination(), line.getNumber());
            if (!checked.isAccepted()) {
                violations.add(new Violation(
                        "destination", "destination." + checked.refusal().name()));
            }
            destination = checked.number();
        }
        violations.addAll(ForwardingSettings.violations(choice));
        if (!violations.isEmpty()) {
            throw new SettingsRejectedException(violations);
        }
        settings.change(choice, destination);
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        audited(line, Action.FORWARDING_CHANGE);
    }

    public AnonymousRejectionSettings anonymousRejection() {
        return anonymousOf(subscribed(callers.ownLine(), OptionService.ANONYMOUS_REJECTION));
    }

    public void saveAnonymousRejection(boolean enabled, long readAtVersion) {
        Line line = lockedForChange(OptionService.ANONYMOUS_REJECTION);
        AnonymousRejectionSettings settings = anonymousOf(line);
        if (settings.getVersion() != readAtVersion) {
            throw new ChangedMeanwhileException(settings.isEnabled());
        }
        settings.change(enabled);
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        audited(line, Action.ANONYMOUS_REJECTION_CHANGE);
    }

    /** Locks the line's row: saves of its settings, even the first ones, happen one after the other. */
    private Line lockedForChange(OptionService service) {
        Line line = em.find(Line.class, callers.ownLine().getId(), LockModeType.PESSIMISTIC_WRITE);
        return subscribed(line, service);
    }

    private static Line subscribed(Line line, OptionService service) {
        if (!line.subscribes(service)) {
            throw new NotSubscribedException(service);
        }
        return line;
    }

    private ForwardingSettings forwardingOf(Line line) {
        ForwardingSettings settings = em.find(ForwardingSettings.class, line.getId());
        return settings != null ? settings : ForwardingSettings.defaults(line.getId());
    }

    private AnonymousRejectionSettings anonymousOf(Line line) {
        AnonymousRejectionSettings settings = em.find(AnonymousRejectionSettings.class, line.getId());
        return settings != null ? settings : AnonymousRejectionSettings.defaults(line.getId());
    }

    private void audited(Line line, Action action) {
        String target = "line:" + line.getLoginId();
        audit.record(callers.current().principalName(), action, target, Outcome.SUCCEEDED, null);
    }
}
