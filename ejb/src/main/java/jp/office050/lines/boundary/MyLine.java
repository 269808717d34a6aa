package jp.office050.lines.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import jp.office050.access.control.Caller;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.credentials.control.Claim;
import jp.office050.credentials.control.Identifiers;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.credentials.control.PasswordChecks;
import jp.office050.credentials.control.PasswordChecks.Check;
import jp.office050.credentials.control.PasswordChecks.Verdict;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.PasswordPolicy;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.credentials.control.PasswordRejectedException.Reason;
import jp.office050.lines.control.LineAccess;
import jp.office050.lines.entity.Line;

/** The signed-in user's own line on the user settings site. */
@Stateless
public class MyLine {

    @Inject
    LineAccess access;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordChecks checks;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    /** Whether the user signed in with a temporary password and must choose one before anything else. */
    public boolean mustChangePassword() {
        return access.own(LockModeType.NONE).password().isTemporary();
    }

    /**
     * パスワードの変更. The current password is checked like a login: a wrong one counts against the line's lockout,
     * and the one that locks it (or any attempt while it is locked) is refused with {@link Reason#LOCKED}, after which
     * the caller's session must end. The slow hashes run while no row is locked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(String currentPassword, String newPassword) {
        Line line = access.own(LockModeType.NONE);
        if (!Identifiers.acceptablePassword(currentPassword)) {
            throw new PasswordRejectedException(Reason.WRONG_CURRENT_PASSWORD);
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRejectedException(Reason.SAME_AS_CURRENT);
        }
        policy.check(newPassword, line.getNumber(), line.getLoginId()).ifPresent(violation -> {
            throw new PasswordRejectedException(Reason.of(violation));
        });
        Check check = checks.check(Claim.of("user", line.getLoginId(), Optional.of(line)), currentPassword);
        if (check.verdict() != Verdict.RIGHT && check.verdict() != Verdict.EXPIRED) {
            audit.record(AuditEvent.of(
                            Caller.user(line.getLoginId()).principalName(),
                            Action.PASSWORD_CHANGE,
                            line.auditName(),
                            check.verdict().outcome())
                    .detail(check.detail()));
            boolean locked = check.verdict() == Verdict.LOCKED || check.verdict() == Verdict.WRONG_NOW_LOCKED;
            throw new PasswordRejectedException(locked ? Reason.LOCKED : Reason.WRONG_CURRENT_PASSWORD);
        }
        String newHash = hasher.hash(newPassword);
        attempts.proved(Line.class, line.getId(), proved -> proved.choosePassword(newHash));
        access.succeeded(line, Action.PASSWORD_CHANGE, null);
    }
}
