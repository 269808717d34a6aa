package jp.office050.credentials.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.Admission;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.SecondFactor;
import jp.office050.credentials.entity.UnknownIdentifier;
import jp.office050.platform.entity.Utc;

/**
 * The short transactions around a password check. Each locks the ID's row ({@code SELECT … FOR UPDATE}), so
 * attempts on every instance are counted one after the other; the slow hash runs between them, holding no lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    /** What the gate decided, with what the password check needs. */
    public record Attempt(
            long id,
            String storedHash,
            boolean temporary,
            boolean expired,
            boolean secondFactor,
            Admission admission) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    LockoutPolicy policy;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Counts an attempt on a known account; empty if the account is gone. */
    public <T extends Account> Optional<Attempt> admit(Class<T> type, long id) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE))
                .map(account -> attempt(account, now, account.lockout().admit(now, policy)));
    }

    /**
     * The attempt a locked account is refused as, judged on the account as its caller has just read it, without a row
     * lock and without counting anything (a refusal counts nothing either); empty when it is not locked now.
     */
    static Optional<Attempt> refusedNow(Account account, Instant now) {
        return account.lockout().isLocked(now)
                ? Optional.of(attempt(account, now, Admission.REFUSED_LOCKED))
                : Optional.empty();
    }

    /** Whether an identifier nobody has is locked now, read without a row lock and counting nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean unknownLockedNow(String keyHash) {
        UnknownIdentifier row = em.find(UnknownIdentifier.class, keyHash);
        return row != null && row.lockout().isLocked(clock.instant());
    }

    private static Attempt attempt(Account account, Instant now, Admission admission) {
        return new Attempt(
                account.getId(),
                account.password().hash(),
                account.password().isTemporary(),
                account.password().isExpired(now),
                account.secondFactor().map(SecondFactor::isEnrolled).orElse(false),
                admission);
    }

    /**
     * Counts an attempt on an identifier nobody has, under its keyed hash. The first attempt makes the row; two first
     * attempts at once may both try, and the loser's insert fails (then its caller asks again, and the row exists).
     */
    public Admission admitUnknown(String keyHash) {
        UnknownIdentifier row = em.find(UnknownIdentifier.class, keyHash, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new UnknownIdentifier(keyHash);
            em.persist(row);
        }
        return row.lockout().admit(clock.instant(), policy);
    }

    /** Takes back the failure counted at admission; stores a stronger hash when the cost has risen. */
    public <T extends Account> T succeeded(Class<T> type, long id, String upgradedHash) {
        T account = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        account.loggedIn(clock.instant());
        if (upgradedHash != null) {
            account.rehash(upgradedHash);
        }
        return account;
    }

    /**
     * {@link #succeeded(Class, long, String)}, with the login's audit event recorded in the same transaction: the
     * success and its record commit together, or neither does.
     */
    public <T extends Account> T succeeded(Class<T> type, long id, String upgradedHash, AuditEvent event) {
        T account = succeeded(type, id, upgradedHash);
        audit.record(event);
        return account;
    }

    /**
     * The password was proved without a login (the admin-ID link form, the current password of a password change):
     * the failure count goes back to zero, and {@code then} runs on the locked row in the same transaction.
     */
    public <T extends Account> void proved(Class<T> type, long id, Consumer<T> then) {
        T account = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        account.lockout().succeeded();
        then.accept(account);
    }

    /** Takes back an attempt whose password could not be judged. */
    public <T extends Account> void withdraw(Class<T> type, long id, Admission admission) {
        em.find(type, id, LockModeType.PESSIMISTIC_WRITE).lockout().withdraw(admission);
    }

    /** Forgets the unknown identifiers whose lock and failure window have both ended; returns how many. */
    public int forgetSpentUnknown() {
        return em.createNamedQuery(UnknownIdentifier.SPENT)
                .setParameter("now", Utc.column(clock.instant()))
                .executeUpdate();
    }
}
