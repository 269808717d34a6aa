package jp.office050.options.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.OptionService;
import jp.office050.lines.control.LineAccess;
import jp.office050.lines.entity.Line;
import jp.office050.options.boundary.NotSubscribedException;

/**
 * The line an option-service boundary works on, checked: the caller may set it ({@link LineAccess#settings}), and it
 * subscribes to the service. Changes lock the line's row, so that saves of its settings, even the first ones, happen
 * one after the other.
 */
@Dependent
public class SettingsLines {

    @Inject
    LineAccess access;

    public Line line(Long lineId) {
        return access.settings(lineId, Action.PROXY_ACCESS, LockModeType.NONE);
    }

    public Line forReading(Long lineId, OptionService service) {
        return subscribed(line(lineId), service);
    }

    public Line forChange(Long lineId, OptionService service, Action change) {
        return subscribed(access.settings(lineId, change, LockModeType.PESSIMISTIC_WRITE), service);
    }

    /**
     * Recorded as done by the caller; by an administrator (or an email account through one), on behalf of the line's
     * user.
     */
    public void audited(Line line, Action action, String detail) {
        access.succeeded(line, action, detail);
    }

    private static Line subscribed(Line line, OptionService service) {
        if (!line.subscribes(service)) {
            throw new NotSubscribedException(service);
        }
        return line;
    }
}
