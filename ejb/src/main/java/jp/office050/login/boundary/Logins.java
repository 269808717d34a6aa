package jp.office050.login.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Predicate;
import jp.office050.access.control.Caller;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.Account;
import jp.office050.lines.entity.Line;
import jp.office050.login.control.LoginAttempts;
import jp.office050.login.control.LoginAttempts.Attempt;
import jp.office050.login.control.PasswordChecks;
import jp.office050.login.control.PasswordChecks.Check;
import jp.office050.mailaccounts.boundary.MailAccounts;
import jp.office050.mailaccounts.control.DirectoryEntry;
import jp.office050.mailaccounts.control.DirectoryUnavailableException;
import jp.office050.mailaccounts.entity.MailAccount;

/** Checks administrator IDs, login IDs and email accounts with their passwords, under the lockout rule, and audits each attempt. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Logins {

    private static final System.Logger LOG = System.getLogger(Logins.class.getName());

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    MailAccounts mailAccounts;

    @Inject
    PasswordChecks checks;

    public LoginResult administrator(String adminId, String password) {
        return login(
                Caller.admin(strip(adminId)),
                Action.ADMIN_LOGIN,
                Administrator.class,
                Administrator.BY_ADMIN_ID,
                account -> true,
                password);
    }

    /** Only ordinary lines sign in here; 050 multiple-number lines are not served by this site. */
    public LoginResult user(String loginId, String password) {
        return login(
                Caller.user(strip(loginId)),
                Action.USER_LOGIN,
                Line.class,
                Line.BY_LOGIN_ID,
                Line::isManageable,
                password);
    }

    /**
     * An email address or migrated master ID. ISP addresses and master IDs are verified by the mail directory,
     * external addresses by the password chosen on My Page (only once registered). The lockout counts as for
     * administrator IDs; an attempt the directory could not judge is taken back.
     */
    public LoginResult mail(String typed, String password) {
        String key = MailAccount.normalize(typed);
        Caller caller = Caller.mail(key);
        String target = caller.principalName();
        if (key.isEmpty() || password == null || password.isEmpty()) {
            audit.record(target, Action.MAIL_LOGIN, target, Outcome.FAILED, "empty credentials");
            return LoginResult.failed();
        }
        try {
            return mailLogin(caller, password);
        } catch (DirectoryUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "mail directory unavailable: {0}", e.getMessage());
            audit.record(target, Action.MAIL_LOGIN, target, Outcome.FAILED, "mail directory unavailable");
            return LoginResult.unavailable();
        }
    }

    private LoginResult mailLogin(Caller caller, String password) {
        String target = caller.principalName();
        Optional<DirectoryEntry> entry = mailAccounts.directoryEntry(caller.id());
        Check check = checks.check(
                MailAccount.class,
                MailAccount.BY_IDENTIFIER,
                caller.id(),
                MailAccount::canTryLogin,
                password,
                attempt -> attempt.storedHash() != null
                        ? hasher.matches(password, attempt.storedHash())
                        : mailAccounts.verify(entry, password));
        if (!check.right()) {
            audit.record(
                    target,
                    Action.MAIL_LOGIN,
                    target,
                    check.verdict().outcome(),
                    check.verdict().detail());
            return LoginResult.failed();
        }
        Attempt attempt = check.attempt();
        String upgraded =
                attempt.storedHash() != null && hasher.needsRehash(attempt.storedHash()) ? hasher.hash(password) : null;
        MailAccount account = attempts.succeeded(MailAccount.class, attempt.id(), upgraded);
        boolean migrated = entry.map(DirectoryEntry::migrated).orElse(false);
        if (account.needsConsent(migrated)) {
            audit.record(target, Action.MAIL_LOGIN, target, Outcome.SUCCEEDED, "migration consent asked");
            return LoginResult.consentNeeded(caller);
        }
        if (!account.isRegistered()) {
            mailAccounts.register(caller.id(), "first login of a migrated ID");
        }
        audit.record(target, Action.MAIL_LOGIN, target, Outcome.SUCCEEDED, null);
        return LoginResult.succeeded(caller, false);
    }

    private <T extends Account> LoginResult login(
            Caller caller, Action action, Class<T> type, String query, Predicate<T> eligible, String password) {
        String target = caller.principalName();
        if (caller.id().isEmpty() || password == null || password.isEmpty()) {
            audit.record(target, action, target, Outcome.FAILED, "empty credentials");
            return LoginResult.failed();
        }
        Check check = checks.check(type, query, caller.id(), eligible, password);
        if (!check.right()) {
            audit.record(
                    target,
                    action,
                    target,
                    check.verdict().outcome(),
                    check.verdict().detail());
            return LoginResult.failed();
        }
        Attempt attempt = check.attempt();
        String upgraded = hasher.needsRehash(attempt.storedHash()) ? hasher.hash(password) : null;
        attempts.succeeded(type, attempt.id(), upgraded);
        audit.record(target, action, target, Outcome.SUCCEEDED, null);
        return LoginResult.succeeded(caller, attempt.temporary());
    }

    private static String strip(String id) {
        return id == null ? "" : id.strip();
    }
}
