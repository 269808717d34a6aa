package jp.office050.login.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Predicate;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.Admission;
import jp.office050.login.control.LoginAttempts.Attempt;

/**
 * One password check under the lockout, as every form that takes a password needs it (the logins, the admin-ID
 * link form): admission under the row lock, the slow hash outside it, a decoy hash for an unknown ID.
 */
@Dependent
public class PasswordChecks {

    /** How a check ended, with what the audit records of it. */
    public enum Verdict {
        UNKNOWN(Outcome.FAILED, "unknown ID"),
        LOCKED(Outcome.REFUSED, "locked; password not checked"),
        WRONG(Outcome.FAILED, "wrong password"),
        WRONG_NOW_LOCKED(Outcome.LOCKED, "wrong password"),
        RIGHT(Outcome.SUCCEEDED, null);

        private final Outcome outcome;
        private final String detail;

        Verdict(Outcome outcome, String detail) {
            this.outcome = outcome;
            this.detail = detail;
        }

        public Outcome outcome() {
            return outcome;
        }

        public String detail() {
            return detail;
        }
    }

    /** The verdict, and the admitted attempt (none for an unknown ID). */
    public record Check(Verdict verdict, Attempt attempt) {
        public boolean right() {
            return verdict == Verdict.RIGHT;
        }
    }

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    /** Against the hash the portal keeps for the ID. */
    public <T extends Account> Check check(
            Class<T> type, String query, String key, Predicate<T> eligible, String password) {
        return check(type, query, key, eligible, password, attempt -> hasher.matches(password, attempt.storedHash()));
    }

    /**
     * With {@code verify} judging the password (for instance the mail directory). If it cannot (it throws), the
     * attempt is taken back: nobody's password was judged.
     */
    public <T extends Account> Check check(
            Class<T> type,
            String query,
            String key,
            Predicate<T> eligible,
            String password,
            Predicate<Attempt> verify) {
        Optional<Attempt> found = attempts.admit(type, query, key, eligible);
        if (found.isEmpty()) {
            hasher.matchDecoy(password);
            return new Check(Verdict.UNKNOWN, null);
        }
        Attempt attempt = found.get();
        if (!attempt.admission().admitted()) {
            return new Check(Verdict.LOCKED, attempt);
        }
        boolean right;
        try {
            right = verify.test(attempt);
        } catch (RuntimeException notJudged) {
            attempts.withdraw(type, attempt.id(), attempt.admission());
            throw notJudged;
        }
        if (right) {
            return new Check(Verdict.RIGHT, attempt);
        }
        boolean locks = attempt.admission() == Admission.ADMITTED_LAST_CHANCE;
        return new Check(locks ? Verdict.WRONG_NOW_LOCKED : Verdict.WRONG, attempt);
    }
}
