package jp.office050.lines.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.lines.entity.Line;
import jp.office050.mailaccounts.control.Acting;
import jp.office050.mailaccounts.control.ActingAdministrators;

/**
 * The one answer to "may this caller do this to this line?": (caller, line, action) becomes the checked line, or a
 * refusal that is audited with its reason and thrown as {@link NotPermittedException}, whatever the page sent. Every
 * boundary that works on a line asks here.
 */
@Dependent
public class LineAccess {

    @Inject
    Callers callers;

    @Inject
    ActingAdministrators administrators;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * A line the caller administers (as an administrator ID, or an email account through one): an ordinary line of
     * its contract. {@code lock} locks the row for a change.
     */
    public Line administered(long lineId, Action action, LockModeType lock) {
        return administered(administrators.current(), lineId, action, lock);
    }

    /**
     * The line whose settings are asked for: a user's own line (no line id), or, for an administrator acting on the
     * user's behalf (代理設定), a line it administers. A user who signed in with a temporary password may do nothing
     * but choose a new one.
     */
    public Line settings(Long lineId, Action action, LockModeType lock) {
        Caller caller = callers.current();
        if (caller.kind() == Caller.Kind.USER && lineId == null) {
            Line own = own(lock);
            if (own.password().isTemporary()) {
                throw refused(
                        AuditEvent.refusal(caller.principalName(), action, own.auditName(), "temporary password"),
                        Reason.PASSWORD_CHANGE_REQUIRED);
            }
            return own;
        }
        if (caller.kind() != Caller.Kind.USER && lineId != null) {
            return administered(lineId, action, lock);
        }
        audit.refused(AuditEvent.refusal(
                caller.principalName(), action, Line.auditNameOfId(lineId), "not a line this caller sets"));
        throw new NotPermittedException(Reason.NOT_YOUR_LINE);
    }

    /** The signed-in user's own line (an ordinary one: 050 multiple-number lines do not sign in). */
    public Line own(LockModeType lock) {
        Caller caller = callers.current();
        if (caller.kind() != Caller.Kind.USER) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        Line line = em.createNamedQuery(Line.BY_LOGIN_ID, Line.class)
                .setParameter("key", caller.id())
                .getResultStream()
                .filter(Line::isManageable)
                .findFirst()
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
        if (!line.mayActOnItsOwn()) {
            throw refused(
                    AuditEvent.refusal(
                            caller.principalName(), Action.USER_LOGIN, line.auditName(), "contract not active"),
                    Reason.CONTRACT_NOT_ACTIVE);
        }
        return lock == LockModeType.NONE ? line : em.find(Line.class, line.getId(), lock);
    }

    /**
     * Records a change to the line as done by the caller: by the user, or by an administrator (or an email account
     * through one) on behalf of the line's user.
     */
    public void succeeded(Line line, Action action, String detail) {
        Caller caller = callers.current();
        AuditEvent event = caller.kind() == Caller.Kind.USER
                ? AuditEvent.of(caller.principalName(), action, line.auditName(), Outcome.SUCCEEDED)
                        .inContract(line.getContract().getId())
                : administrators
                        .current()
                        .event(action, line.auditName(), Outcome.SUCCEEDED)
                        .onBehalfOf(line.auditName());
        audit.record(event.detail(detail));
    }

    private Line administered(Acting acting, long lineId, Action action, LockModeType lock) {
        var contract = acting.administrator().getContract();
        Line line = em.find(Line.class, lineId, lock);
        if (line == null || !line.belongsTo(contract)) {
            throw refused(
                    acting.refusal(
                            action, Line.auditNameOfId(lineId), "not a line of contract " + contract.getNumber()),
                    Reason.NOT_YOUR_LINE);
        }
        if (!line.isManageable()) {
            throw refused(
                    acting.refusal(action, line.auditName(), "050 multiple-number line"), Reason.MULTIPLE_NUMBER_LINE);
        }
        return line;
    }

    private NotPermittedException refused(AuditEvent refusal, Reason reason) {
        audit.refused(refusal);
        return new NotPermittedException(reason);
    }
}
