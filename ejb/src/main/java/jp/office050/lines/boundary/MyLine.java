package jp.office050.lines.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.PasswordPolicy;
import jp.office050.lines.boundary.PasswordRejectedException.Reason;
import jp.office050.lines.entity.Line;

/** The signed-in user's own line on the user settings site. */
@Stateless
public class MyLine {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    public MyLineStatus status() {
        Line line = callers.ownLine();
        return new MyLineStatus(
                line.getNumber(),
                line.getLoginId(),
                line.getDisplayName(),
                line.password().isTemporary());
    }

    public void changePassword(String currentPassword, String newPassword) {
        Line line = em.find(Line.class, callers.ownLine().getId(), LockModeType.PESSIMISTIC_WRITE);
        String target = "line:" + line.getLoginId();
        if (currentPassword == null
                || !hasher.matches(currentPassword, line.password().hash())) {
            audit.refused(target, Action.PASSWORD_CHANGE, target, "wrong current password");
            throw new PasswordRejectedException(Reason.WRONG_CURRENT_PASSWORD);
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRejectedException(Reason.SAME_AS_CURRENT);
        }
        policy.check(newPassword, line.getNumber(), line.getLoginId()).ifPresent(violation -> {
            throw new PasswordRejectedException(Reason.of(violation));
        });
        line.choosePassword(hasher.hash(newPassword));
        audit.record(target, Action.PASSWORD_CHANGE, target, Outcome.SUCCEEDED, null);
    }
}
