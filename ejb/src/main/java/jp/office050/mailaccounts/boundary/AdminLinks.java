package jp.office050.mailaccounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.AdminSelection;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.control.RequestOrigin;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.Claim;
import jp.office050.credentials.control.Identifiers;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.credentials.control.PasswordChecks;
import jp.office050.credentials.control.PasswordChecks.Check;
import jp.office050.credentials.control.SecondFactorChecks;
import jp.office050.credentials.entity.Admission;
import jp.office050.mailaccounts.entity.AdminLink;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.notices.control.AccountNotices;
import jp.office050.notices.control.NoticeMails.Kind;

/**
 * 管理者一覧 of an email account: the administrator IDs it has linked, linking one with its password, unlinking, and
 * choosing the one to act through. Everything is the signed-in account's own; nothing here takes an account from
 * the request.
 */
@Stateless
public class AdminLinks {

    public enum LinkOutcome {
        LINKED,
        ALREADY_LINKED,
        /** Unknown ID, wrong password or a locked ID: the form must not tell which. */
        REFUSED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AdminSelection selection;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordChecks checks;

    @Inject
    SecondFactorChecks factors;

    @Inject
    AccountNotices notices;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Newest link first. */
    public List<LinkedAdministrator> list() {
        return em.createNamedQuery(AdminLink.OF_ACCOUNT, AdminLink.class)
                .setParameter("account", account().id())
                .getResultStream()
                .map(LinkedAdministrator::new)
                .toList();
    }

    /**
     * [管理者ID連携]. The password is checked under the administrator ID's own lockout: a wrong one counts against
     * that ID, as at its login, so this form is no way round the lock. An administrator ID with a second factor needs
     * its code (or a recovery code) too, and a wrong one counts as a wrong password: the form is no way round the
     * second factor either.
     */
    public LinkOutcome link(String typedAdminId, String password, String code) {
        Caller caller = account();
        String adminId = typedAdminId == null ? "" : typedAdminId.strip();
        if (!Identifiers.acceptable(adminId) || !Identifiers.acceptablePassword(password)) {
            return LinkOutcome.REFUSED;
        }
        String target = Administrator.auditNameOf(adminId);
        if (link(caller, adminId).isPresent()) {
            record(caller, Action.ADMIN_LINK, target, Outcome.REFUSED, "already linked");
            return LinkOutcome.ALREADY_LINKED;
        }
        Optional<Administrator> admin = em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", adminId)
                .getResultStream()
                .findFirst();
        Check check = checks.check(Claim.of("admin", adminId, admin), password);
        if (!check.right()) {
            record(caller, Action.ADMIN_LINK, target, check.verdict().outcome(), check.detail());
            return LinkOutcome.REFUSED;
        }
        long administratorId = check.attempt().id();
        if (check.attempt().secondFactor()
                && factors.accept(Administrator.class, administratorId, code).isEmpty()) {
            Outcome outcome =
                    check.attempt().admission() == Admission.ADMITTED_LAST_CHANCE ? Outcome.LOCKED : Outcome.FAILED;
            record(caller, Action.ADMIN_LINK, target, outcome, "wrong second-factor code");
            return LinkOutcome.REFUSED;
        }
        attempts.proved(Administrator.class, administratorId, proved -> {});
        em.persist(new AdminLink(
                mailAccount(caller),
                em.find(Administrator.class, administratorId),
                clock.instant(),
                caller.principalName()));
        record(caller, Action.ADMIN_LINK, target, Outcome.SUCCEEDED, null);
        notices.tell(caller.id(), Kind.ADMIN_LINKED, adminId, origin.locale());
        return LinkOutcome.LINKED;
    }

    /** [管理者ID連携解除]; false when it was not (or no longer) linked. */
    public boolean unlink(String adminId) {
        Caller caller = account();
        Optional<AdminLink> link = link(caller, adminId);
        if (link.isEmpty()) {
            return false;
        }
        em.remove(link.get());
        if (adminId.equals(selection.adminId())) {
            selection.clear();
        }
        record(caller, Action.ADMIN_UNLINK, Administrator.auditNameOf(adminId), Outcome.SUCCEEDED, null);
        notices.tell(caller.id(), Kind.ADMIN_UNLINKED, adminId, origin.locale());
        return true;
    }

    /** [管理者画面参照]: from now on this session acts through that administrator ID, if it is linked. */
    public void choose(String adminId) {
        Caller caller = account();
        String administrator = Administrator.auditNameOf(adminId);
        if (adminId == null || link(caller, adminId).isEmpty()) {
            audit.refused(AuditEvent.refusal(caller.principalName(), Action.ADMIN_SWITCH, administrator, "not linked"));
            throw new NotPermittedException(Reason.NOT_LINKED);
        }
        selection.choose(adminId);
        audit.record(AuditEvent.of(caller.principalName(), Action.ADMIN_SWITCH, administrator, Outcome.SUCCEEDED)
                .via(administrator));
    }

    private Caller account() {
        Caller caller = callers.current();
        if (caller.kind() != Caller.Kind.MAIL) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        return caller;
    }

    private Optional<AdminLink> link(Caller caller, String adminId) {
        return em.createNamedQuery(AdminLink.ONE, AdminLink.class)
                .setParameter("account", caller.id())
                .setParameter("adminId", adminId)
                .getResultStream()
                .findFirst();
    }

    private MailAccount mailAccount(Caller caller) {
        return em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", caller.id())
                .getSingleResult();
    }

    private void record(Caller caller, Action action, String target, Outcome outcome, String detail) {
        audit.record(
                AuditEvent.of(caller.principalName(), action, target, outcome).detail(detail));
    }
}
