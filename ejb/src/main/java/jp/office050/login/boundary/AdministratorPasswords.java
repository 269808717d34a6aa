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
import jp.office050.credentials.control.PasswordChanges;

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
    AuditTrail audit;

    @Inject
    PasswordChanges passwords;

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
        passwords.change(
                admin,
                "admin",
                admin.getAdminId(),
                caller.principalName(),
                currentPassword,
                newPassword,
                admin.getContract().getNumber(),
                admin.getAdminId());
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
