package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.office050.access.control.Scopes;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.credentials.control.PasswordGenerator;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.SecondFactorChecks;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.mailaccounts.entity.AdminLink;
import jp.office050.notices.control.AccountNotices;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.provisioning.control.Operators;

/**
 * The administrator ID (管理者ID) of a contract, as the opening guide (開通案内書) gives it: issued once per contract
 * that has option services, with an initial password that is shown once and must be changed at the first login;
 * re-issued when the customer lost it; unlocked.
 */
@Stateless
public class ContractAdministrators {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    SecondFactorChecks factors;

    @Inject
    AccountNotices notices;

    @Inject
    Operators operators;

    @Inject
    PasswordGenerator generator;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    Clock clock;

    /** {@code adminId} null: the portal makes one (A and 7 digits). */
    @RolesAllowed(Scopes.PROVISION)
    public Versioned<AdministratorView> issue(String contractNumber, String adminId) {
        Contract contract = operators.contract(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        if (!contract.isActive()) {
            throw new ConflictException(
                    null, "the contract is " + contract.getState().name().toLowerCase() + "");
        }
        if (contract.services().isEmpty()) {
            throw new ConflictException(
                    null, "the contract has no option services; an administrator ID comes only with them");
        }
        if (administrator(contract).isPresent()) {
            throw new ConflictException(null, "the contract has an administrator ID; re-issue its password instead");
        }
        String id = adminId == null ? freshId() : adminId;
        Administrator.violation(id).ifPresent(invalid -> {
            throw new InvalidFieldsException(java.util.List.of(invalid));
        });
        if (taken(id)) {
            throw new ConflictException("adminId", "this administrator ID exists");
        }
        String password = generator.generate();
        Instant now = clock.instant();
        Instant expires = temporaryPasswords.expiryOf(now);
        Administrator admin = new Administrator(id, contract, StoredPassword.temporary(hasher.hash(password), expires));
        admin.endSessions(now); // a session of an earlier administrator with this ID opens nothing
        em.persist(admin);
        em.flush();
        operators.record(contract, Action.ADMIN_ISSUE, admin.auditName(), "for " + contract.auditName());
        return new Versioned<>(AdministratorView.of(admin, now, password, expires), admin.getVersion());
    }

    @RolesAllowed({Scopes.READ, Scopes.PROVISION, Scopes.UNLOCK})
    public Versioned<AdministratorView> find(String contractNumber) {
        Administrator admin = existing(contractNumber, LockModeType.NONE);
        return new Versioned<>(AdministratorView.of(admin, clock.instant(), null, null), admin.getVersion());
    }

    /** A new initial password (the old one stops working), temporary like the first; the lock, if any, ends. */
    @RolesAllowed(Scopes.PROVISION)
    public Versioned<AdministratorView> reissuePassword(String contractNumber) {
        String password = generator.generate();
        String hash = hasher.hash(password); // before the row is locked: the hash is slow
        Administrator admin = existing(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Instant expires = temporaryPasswords.expiryOf(now);
        admin.reissuePassword(hash, now, expires);
        em.flush();
        operators.record(admin.getContract(), Action.PASSWORD_RESET, admin.auditName(), "re-issued by the provider");
        return new Versioned<>(AdministratorView.of(admin, now, password, expires), admin.getVersion());
    }

    @RolesAllowed(Scopes.UNLOCK)
    public Versioned<AdministratorView> unlock(String contractNumber) {
        Administrator admin = existing(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        admin.lockout().release();
        em.flush();
        operators.record(admin.getContract(), Action.LOCKOUT_RELEASE, admin.auditName(), "by the provider");
        return new Versioned<>(AdministratorView.of(admin, clock.instant(), null, null), admin.getVersion());
    }

    /**
     * Removes the administrator ID's second factor and its recovery codes (its phone and codes are lost): the only way
     * to switch a second factor off. The next login asks for the password only (and, where the setting requires one,
     * to enrol again).
     */
    @RolesAllowed(Scopes.UNLOCK)
    public Versioned<AdministratorView> resetSecondFactor(String contractNumber) {
        Administrator admin = existing(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        boolean had = factors.remove(admin);
        em.flush();
        operators.record(
                admin.getContract(),
                Action.SECOND_FACTOR_RESET,
                admin.auditName(),
                had ? "by the provider" : "by the provider; none was enrolled");
        if (had) {
            em.createNamedQuery(AdminLink.ACCOUNTS_OF, String.class)
                    .setParameter("adminId", admin.getAdminId())
                    .getResultStream()
                    .forEach(identifier ->
                            notices.tell(identifier, Kind.SECOND_FACTOR_REMOVED, admin.getAdminId(), Locale.JAPANESE));
        }
        return new Versioned<>(AdministratorView.of(admin, clock.instant(), null, null), admin.getVersion());
    }

    private Administrator existing(String contractNumber, LockModeType lock) {
        Contract contract = operators.contract(contractNumber, LockModeType.NONE);
        return administrator(contract, lock)
                .orElseThrow(
                        () -> new NoSuchResourceException("contract " + contractNumber + " has no administrator ID"));
    }

    private Optional<Administrator> administrator(Contract contract) {
        return administrator(contract, LockModeType.NONE);
    }

    /** Read (and locked, if asked) in one query: a row read first and locked after would be version-checked. */
    private Optional<Administrator> administrator(Contract contract, LockModeType lock) {
        return em.createQuery("SELECT a FROM Administrator a WHERE a.contract = :contract", Administrator.class)
                .setParameter("contract", contract)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private boolean taken(String adminId) {
        return !em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", adminId)
                .getResultList()
                .isEmpty();
    }

    private String freshId() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String id = String.format("A%07d", RANDOM.nextInt(10_000_000));
            if (!taken(id)) {
                return id;
            }
        }
        throw new ConflictException("adminId", "no free administrator ID was found; name one");
    }
}
