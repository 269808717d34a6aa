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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.RecoveryCode;
import jp.office050.credentials.entity.SecondFactor;
import jp.office050.platform.control.Sealing;
import jp.office050.platform.control.Sealing.Purpose;

/**
 * The second factor of an account, each change in a short transaction on the account's locked row (as the password
 * attempts): a code is accepted once, a recovery code used once, whichever instance of a cluster is asked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecondFactorChecks {

    /** How a second factor was proved. */
    public enum Proof {
        AUTHENTICATOR,
        RECOVERY_CODE
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Authenticators authenticators;

    @Inject
    Sealing sealing;

    @Inject
    Clock clock;

    /** Whether {@code typed} is a right code of the account's authenticator not used before, or an unused recovery code. */
    public Optional<Proof> accept(Class<? extends Account> type, long id, String typed) {
        Account account = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        Optional<SecondFactor> factor =
                account == null ? Optional.empty() : account.secondFactor().filter(SecondFactor::isEnrolled);
        if (factor.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (Authenticators.looksLikeCode(typed)) {
            String secret = sealing.open(Purpose.SECOND_FACTOR, factor.get().sealedSecret());
            OptionalLong step = authenticators.stepOf(secret, typed, now);
            return step.isPresent() && factor.get().use(step.getAsLong())
                    ? Optional.of(Proof.AUTHENTICATOR)
                    : Optional.empty();
        }
        String hash = Authenticators.recoveryHash(typed);
        return em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                .setParameter("account", account.auditName())
                .getResultStream()
                .filter(code -> code.matches(hash))
                .findFirst()
                .map(code -> {
                    code.use(now);
                    return Proof.RECOVERY_CODE;
                });
    }

    /**
     * Enrols the secret if {@code code} is its code now; returns the new recovery codes (shown once), or empty for a
     * wrong code or an account that already has a second factor.
     */
    public Optional<List<String>> enrol(Class<? extends Account> type, long id, String secret, String code) {
        Account account = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        Optional<SecondFactor> factor = account.secondFactor().filter(f -> !f.isEnrolled());
        Instant now = clock.instant();
        OptionalLong step = authenticators.stepOf(secret, code, now);
        if (factor.isEmpty() || step.isEmpty()) {
            return Optional.empty();
        }
        factor.get().enrol(sealing.seal(Purpose.SECOND_FACTOR, secret), step.getAsLong(), now);
        return Optional.of(newRecoveryCodes(account));
    }

    /**
     * Removes the account's second factor and its recovery codes (the provider's reset), in the caller's transaction
     * on its locked row; whether it had one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean remove(Account account) {
        Optional<SecondFactor> factor = account.secondFactor().filter(SecondFactor::isEnrolled);
        factor.ifPresent(SecondFactor::remove);
        em.createNamedQuery(RecoveryCode.OF_ACCOUNT)
                .setParameter("account", account.auditName())
                .executeUpdate();
        return factor.isPresent();
    }

    /** How many recovery codes the account has left. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long recoveryCodesLeft(Account account) {
        return em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                .setParameter("account", account.auditName())
                .getResultStream()
                .count();
    }

    private List<String> newRecoveryCodes(Account account) {
        em.createNamedQuery(RecoveryCode.OF_ACCOUNT)
                .setParameter("account", account.auditName())
                .executeUpdate();
        List<String> codes = authenticators.newRecoveryCodes();
        codes.forEach(code -> em.persist(new RecoveryCode(account.auditName(), Authenticators.recoveryHash(code))));
        return codes;
    }
}
