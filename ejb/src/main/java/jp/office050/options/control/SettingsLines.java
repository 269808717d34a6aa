package jp.office050.options.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.lines.entity.Line;
import jp.office050.options.boundary.NotSubscribedException;
import jp.office050.options.entity.OptionService;

/**
 * The line an option-service boundary works on, checked: the caller may set it (see {@link Callers#settingsLine}),
 * and it subscribes to the service. Changes lock the line's row, so that saves of its settings, even the first
 * ones, happen one after the other.
 */
@Dependent
public class SettingsLines {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Line line(Long lineId) {
        return callers.settingsLine(lineId);
    }

    public Line forReading(Long lineId, OptionService service) {
        return subscribed(callers.settingsLine(lineId), service);
    }

    public Line forChange(Long lineId, OptionService service) {
        Line line = em.find(Line.class, callers.settingsLine(lineId).getId(), LockModeType.PESSIMISTIC_WRITE);
        return subscribed(line, service);
    }

    /**
     * Recorded as done by the caller; by an administrator (or an email account through one), on behalf of the line's
     * user.
     */
    public void audited(Line line, Action action, String detail) {
        String target = "line:" + line.getLoginId();
        Caller caller = callers.current();
        AuditEvent event = caller.kind() == Caller.Kind.USER
                ? new AuditEvent(clock.instant(), caller.principalName(), action, target, Outcome.SUCCEEDED)
                : callers.acting()
                        .event(clock.instant(), action, target, Outcome.SUCCEEDED)
                        .onBehalfOf(target);
        audit.record(event.detail(detail));
    }

    public String callerName() {
        return callers.current().principalName();
    }

    private static Line subscribed(Line line, OptionService service) {
        if (!line.subscribes(service)) {
            throw new NotSubscribedException(service);
        }
        return line;
    }
}
