package jp.office050.login.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.Admission;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.mailaccounts.entity.MailAccount;

/**
 * The two short transactions around a password check. Each locks the ID's row ({@code SELECT … FOR UPDATE}), so
 * attempts on every instance are counted one after the other; the slow hash runs between them, holding no lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    /** What the gate decided, with what the password check needs. */
    public record Attempt(long id, String storedHash, boolean temporary, Admission admission) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    LockoutPolicy policy;

    @Inject
    Clock clock;

    public <T extends Account> Optional<Attempt> admit(Class<T> type, String query, String key, Predicate<T> eligible) {
        return em.createNamedQuery(query, type)
                .setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(eligible)
                .findFirst()
                .map(account -> new Attempt(
                        account.getId(),
                        account.password().hash(),
                        account.password().isTemporary(),
                        account.lockout().admit(clock.instant(), policy)));
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

    /** The password was proved without a login (the admin-ID link form): the failure count goes back to zero. */
    public <T extends Account> void proved(Class<T> type, long id) {
        em.find(type, id, LockModeType.PESSIMISTIC_WRITE).lockout().succeeded();
    }

    /** Takes back an attempt whose password could not be judged. */
    public <T extends Account> void withdraw(Class<T> type, long id, Admission admission) {
        em.find(type, id, LockModeType.PESSIMISTIC_WRITE).lockout().withdraw(admission);
    }

    /**
     * Gives an ISP address or master ID that the directory knows a row of its own, so that its failures are counted
     * like any other ID's. Two first attempts at once may both try: the loser's insert fails, the row exists.
     */
    public void enrol(MailAccount account) {
        em.persist(account);
    }
}
