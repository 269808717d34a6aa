package jp.office050.mailaccounts.control;

import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;

/**
 * The administrator a caller acts as: its own administrator ID, or for an email account the linked one it chose.
 *
 * @param actor the principal that asked ({@code admin:…} or {@code mail:…})
 * @param via for an email account, the administrator ID it acted through ({@code admin:…}); otherwise null
 */
public record Acting(String actor, String via, Administrator administrator) {

    public AuditEvent event(Action action, String target, Outcome outcome) {
        return AuditEvent.of(actor, action, target, outcome)
                .via(via)
                .inContract(administrator.getContract().getId());
    }

    public AuditEvent refusal(Action action, String target, String reason) {
        return event(action, target, Outcome.REFUSED).detail(reason);
    }
}
