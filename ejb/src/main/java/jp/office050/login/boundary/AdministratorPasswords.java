package jp.office050.login.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.Claim;
import jp.office050.credentials.control.Identifiers;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.credentials.control.PasswordChecks;
import jp.office050.credentials.control.PasswordChecks.Check;
import jp.office050.credentials.control.PasswordChecks.Verdict;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.PasswordPolicy;
import jp.office050.credentials.control.PasswordRejectedException;

/**
 * The signed-in administrator ID's own password. The initial password of the opening guide (開通案内書), or one the
 * provider re-issued, is temporary: until the administrator chooses one, nothing else is allowed (the admin
 * boundaries refuse with {@code PASSWORD_CHANGE_REQUIRED}). Only the administrator ID itself changes it; an email
 * account acting through it cannot.
 */
@Stateless
public class AdministratorPasswords {

    @Inject
    Callers callers;

    @PersistenceContext
    EntityManager em;

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

    /** Whether the caller is an administrator ID signed in with a temporary password. */
    public boolean mustChangePassword() {
        Caller caller = callers.current();
        return caller.kind() == Caller.Kind.ADMIN
                && own(caller).map(a -> a.password().isTemporary()).orElse(false);
    }

    /**
     * パスワードの変更, as for a line: a wrong current password counts against the administrator ID's lockout; the one
     * that locks it is refused with {@code LOCKED}, after which the session must end.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(String currentPassword, String newPassword) {
        Caller caller = callers.current();
        if (caller.kind() != Caller.Kind.ADMIN) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        Administrator admin = own(caller).orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
        if (!Identifiers.acceptablePassword(currentPassword)) {
            throw new PasswordRejectedException(PasswordRejectedException.Reason.WRONG_CURRENT_PASSWORD);
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRejectedException(PasswordRejectedException.Reason.SAME_AS_CURRENT);
        }
        policy.check(newPassword, admin.getContract().getNumber(), admin.getAdminId())
                .ifPresent(violation -> {
                    throw new PasswordRejectedException(PasswordRejectedException.Reason.of(violation));
                });
        Check check = checks.check(Claim.of("admin", admin.getAdminId(), Optional.of(admin)), currentPassword);
        if (check.verdict() != Verdict.RIGHT && check.verdict() != Verdict.EXPIRED) {
            audit.record(AuditEvent.of(
                            caller.principalName(),
                            Action.PASSWORD_CHANGE,
                            admin.auditName(),
                            check.verdict().outcome())
                    .detail(check.detail()));
            boolean locked = check.verdict() == Verdict.LOCKED || check.verdict() == Verdict.WRONG_NOW_LOCKED;
            throw new PasswordRejectedException(
                    locked
                            ? PasswordRejectedException.Reason.LOCKED
                            : PasswordRejectedException.Reason.WRONG_CURRENT_PASSWORD);
        }
        String newHash = hasher.hash(newPassword);
        attempts.proved(Administrator.class, admin.getId(), proved -> proved.choosePassword(newHash));
        audit.record(
                AuditEvent.of(caller.principalName(), Action.PASSWORD_CHANGE, admin.auditName(), Outcome.SUCCEEDED));
    }

    private Optional<Administrator> own(Caller caller) {
        return em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", caller.id())
                .getResultStream()
                .findFirst();
    }
}
