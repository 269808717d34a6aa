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
import jp.office050.credentials.entity.Admission;
import jp.office050.lines.entity.Line;
import jp.office050.login.control.LoginAttempts;
import jp.office050.login.control.LoginAttempts.Attempt;

/** Checks administrator IDs and login IDs with their passwords, under the lockout rule, and audits each attempt. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Logins {

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

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

    private <T extends Account> LoginResult login(
            Caller caller, Action action, Class<T> type, String query, Predicate<T> eligible, String password) {
        String target = caller.principalName();
        if (caller.id().isEmpty() || password == null || password.isEmpty()) {
            audit.record(target, action, target, Outcome.FAILED, "empty credentials");
            return LoginResult.failed();
        }
        Optional<Attempt> found = attempts.admit(type, query, caller.id(), eligible);
        if (found.isEmpty()) {
            hasher.matchDecoy(password);
            audit.record(target, action, target, Outcome.FAILED, "unknown ID");
            return LoginResult.failed();
        }
        Attempt attempt = found.get();
        if (!attempt.admission().admitted()) {
            audit.record(target, action, target, Outcome.REFUSED, "locked; password not checked");
            return LoginResult.failed();
        }
        if (!hasher.matches(password, attempt.storedHash())) {
            boolean locks = attempt.admission() == Admission.ADMITTED_LAST_CHANCE;
            audit.record(target, action, target, locks ? Outcome.LOCKED : Outcome.FAILED, "wrong password");
            return LoginResult.failed();
        }
        String upgraded = hasher.needsRehash(attempt.storedHash()) ? hasher.hash(password) : null;
        attempts.succeeded(type, attempt.id(), upgraded);
        audit.record(target, action, target, Outcome.SUCCEEDED, null);
        return new LoginResult(caller, attempt.temporary());
    }

    private static String strip(String id) {
        return id == null ? "" : id.strip();
    }
}
