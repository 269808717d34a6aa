package jp.office050.credentials.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.LoginAttempts.Attempt;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.Admission;

/**
 * One password check under the lockout, as every form that takes a password needs it (the logins, the admin-ID
 * link form, the current password of a password change): the attempt is counted under the row lock, the slow hash
 * runs outside it. An identifier nobody has is counted and locked like a known one and costs the same hash, so
 * neither the answer nor its time tells whether it exists.
 */
@Dependent
public class PasswordChecks {

    /** How a check ended, with what the audit records of it. */
    public enum Verdict {
        LOCKED(Outcome.REFUSED, "locked; password not checked"),
        WRONG(Outcome.FAILED, "wrong password"),
        WRONG_NOW_LOCKED(Outcome.LOCKED, "wrong password"),
        /** The right temporary password, but it has expired: only a new reset helps. */
        EXPIRED(Outcome.FAILED, "temporary password expired"),
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
    }

    /** The verdict, and the admitted attempt (none for an unknown identifier). */
    public record Check(Verdict verdict, Attempt attempt) {

        public boolean right() {
            return verdict == Verdict.RIGHT;
        }

        /** What the audit says of it; an unknown identifier is named as such (the page never says so). */
        public String detail() {
            if (attempt == null) {
                return verdict.detail + "; unknown ID";
            }
            return verdict.detail;
        }
    }

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    UnknownIdentifiers unknown;

    @Inject
    Clock clock;

    /** Against the hash the portal keeps for the account. */
    public Check check(Claim claim, String password) {
        return check(claim, password, attempt -> hasher.matches(password, attempt.storedHash()));
    }

    /**
     * With {@code verify} judging the password (for instance the mail directory). If it cannot (it throws), the
     * attempt is taken back: nobody's password was judged.
     */
    public Check check(Claim claim, String password, Predicate<Attempt> verify) {
        if (!claim.known()) {
            return unknown(claim, password);
        }
        var found = attempts.admit(claim.type(), claim.accountId());
        if (found.isEmpty()) {
            return unknown(claim, password);
        }
        Attempt attempt = found.get();
        if (!attempt.admission().admitted()) {
            return new Check(Verdict.LOCKED, attempt);
        }
        boolean right;
        try {
            right = verify.test(attempt);
        } catch (RuntimeException notJudged) {
            attempts.withdraw(claim.type(), attempt.id(), attempt.admission());
            throw notJudged;
        }
        if (right) {
            return new Check(attempt.expired() ? Verdict.EXPIRED : Verdict.RIGHT, attempt);
        }
        return new Check(wrong(attempt.admission()), attempt);
    }

    /**
     * The refusal of a locked identifier, known or not, as {@link #check} would give it, but read only: nothing is
     * counted and no password is looked at. Empty when the identifier is not locked now; then only a full check
     * decides.
     *
     * @param read the claimed account as its caller has just read it (empty for an identifier nobody has): its lockout
     *     is judged as read, not read again
     */
    public Optional<Check> refusalIfLocked(Claim claim, Optional<? extends Account> read) {
        if (read.isPresent()) {
            return LoginAttempts.refusedNow(read.get(), clock.instant())
                    .map(attempt -> new Check(Verdict.LOCKED, attempt));
        }
        return attempts.unknownLockedNow(unknown.key(claim.realm(), claim.identifier()))
                ? Optional.of(new Check(Verdict.LOCKED, null))
                : Optional.empty();
    }

    private Check unknown(Claim claim, String password) {
        Admission admission = admitUnknown(unknown.key(claim.realm(), claim.identifier()));
        if (!admission.admitted()) {
            return new Check(Verdict.LOCKED, null);
        }
        hasher.matchDecoy(password);
        return new Check(wrong(admission), null);
    }

    /** The first attempt at an identifier makes its row; if another made it at the same moment, ask again. */
    private Admission admitUnknown(String key) {
        try {
            return attempts.admitUnknown(key);
        } catch (EJBException madeMeanwhile) {
            return attempts.admitUnknown(key);
        }
    }

    private static Verdict wrong(Admission admission) {
        return admission == Admission.ADMITTED_LAST_CHANCE ? Verdict.WRONG_NOW_LOCKED : Verdict.WRONG;
    }
}
