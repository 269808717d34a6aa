package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.office050.access.control.Scopes;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.OptionService;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.credentials.control.PasswordGenerator;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.lines.boundary.LineQuery;
import jp.office050.lines.control.LineCounts;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;
import jp.office050.notices.control.LineNotices;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.notices.entity.ContactAddress;
import jp.office050.options.entity.AddressBookEntry;
import jp.office050.options.entity.AnonymousRejectionSettings;
import jp.office050.options.entity.ClickDialCall;
import jp.office050.options.entity.ClickDialSettings;
import jp.office050.options.entity.ForwardingSettings;
import jp.office050.provisioning.control.Operators;

/**
 * The lines of a contract, as the provider's systems keep them: added (with the option services the contract
 * offers), read, listed and searched, renamed, given other services, unlocked and removed. 050 multiple-number lines
 * are stored here like the others; the admin portal never shows them.
 */
@Stateless
public class ContractLines {

    private static final String OF_CONTRACT =
            " FROM Line l WHERE l.contract = :contract AND l.searchKey LIKE :search ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    @Inject
    LineNotices lineNotices;

    @Inject
    Operators operators;

    @Inject
    LineCounts lineCounts;

    @Inject
    PasswordGenerator generator;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    Clock clock;

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<LineView> add(String contractNumber, LineOrder order) {
        // locked, as a suspension or cancellation locks it: no line joins a contract being cancelled
        Contract contract = operators.contract(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        if (contract.getState() == Contract.State.CANCELLED) {
            throw new ConflictException(null, "the contract is cancelled; it takes no new lines");
        }
        List<InvalidField> invalid =
                new ArrayList<>(Line.violations(order.number(), order.loginId(), order.displayName()));
        LineKind kind = kind(order.kind(), invalid);
        Set<OptionService> services = services(order.services(), invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidFieldsException(invalid);
        }
        requireOffered(contract, services);
        requireFree(order.number(), order.loginId());
        Instant now = clock.instant();
        Line line = Line.provision(contract, order.number(), order.loginId(), order.displayName(), kind, services, now);
        String password = null;
        if (order.initialPassword()) {
            password = generator.generate();
            line.resetPassword(hasher.hash(password), now, temporaryPasswords.expiryOf(now));
        }
        em.persist(line);
        em.flush();
        lineCounts.changed(contract, line.isManageable() ? 1 : 0);
        operators.record(
                contract,
                Action.LINE_ADD,
                line.auditName(),
                "number " + line.getNumber() + " of " + contract.auditName() + ", " + LineView.kindName(kind)
                        + ", services " + ServiceNames.of(services) + (password != null ? ", initial password" : ""));
        return new Versioned<>(LineView.of(line, now, password), line.getVersion());
    }

    @RolesAllowed({Scopes.READ, Scopes.PROVISION, Scopes.UNLOCK})
    public Versioned<LineView> find(String contractNumber, String lineNumber) {
        Line line = line(contractNumber, lineNumber, LockModeType.NONE);
        return new Versioned<>(LineView.of(line, clock.instant()), line.getVersion());
    }

    /** The contract's lines by number; {@code search} matches the number, login ID or name (part of it). */
    @RolesAllowed(Scopes.READ)
    public Page<LineView> list(String contractNumber, String search, int offset, int limit) {
        if (search != null && (search.length() > 100 || search.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidFieldsException("q", "must be at most 100 characters without control characters");
        }
        Contract contract = operators.contract(contractNumber, LockModeType.NONE);
        String pattern = LineQuery.like(search);
        long total = em.createQuery("SELECT COUNT(l)" + OF_CONTRACT, Long.class)
                .setParameter("contract", contract)
                .setParameter("search", pattern)
                .getSingleResult();
        Instant now = clock.instant();
        List<LineView> items = em.createQuery("SELECT l" + OF_CONTRACT + " ORDER BY l.number", Line.class)
                .setParameter("contract", contract)
                .setParameter("search", pattern)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(l -> LineView.of(l, now))
                .toList();
        return new Page<>(items, offset, limit, total);
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<LineView> rename(String contractNumber, String lineNumber, Long expectedVersion, String name) {
        Line line = changeable(contractNumber, lineNumber, expectedVersion);
        line.rename(name);
        return changed(line, "renamed");
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<LineView> subscribe(
            String contractNumber, String lineNumber, Long expectedVersion, List<String> serviceNames) {
        Line line = changeable(contractNumber, lineNumber, expectedVersion);
        Set<OptionService> services = ServiceNames.parse("services", serviceNames);
        requireOffered(line.getContract(), services);
        line.subscribe(services);
        return changed(line, "services " + ServiceNames.of(services));
    }

    /** Ends the lockout of a line (as the administrator's [ロックアウトの解除] does). */
    @RolesAllowed(Scopes.UNLOCK)
    public Versioned<LineView> unlock(String contractNumber, String lineNumber) {
        Line line = line(contractNumber, lineNumber, LockModeType.PESSIMISTIC_WRITE);
        line.releaseLockout();
        em.flush();
        operators.record(line.getContract(), Action.LOCKOUT_RELEASE, line.auditName(), "by the provider");
        lineNotices.tell(line.getId(), line.getLoginId(), Kind.LOCK_RELEASED, clock.instant());
        return new Versioned<>(LineView.of(line, clock.instant()), line.getVersion());
    }

    /** Removes the line with its settings, address book and call history; the audit trail keeps what happened. */
    @RolesAllowed(Scopes.PROVISION)
    public void remove(String contractNumber, String lineNumber, Long expectedVersion) {
        Line line = line(contractNumber, lineNumber, LockModeType.PESSIMISTIC_WRITE);
        Operators.requireVersion(expectedVersion, line.getVersion());
        for (Class<?> owned : List.of(
                ClickDialCall.class,
                AddressBookEntry.class,
                ClickDialSettings.class,
                AnonymousRejectionSettings.class,
                ForwardingSettings.class,
                ContactAddress.class)) {
            em.createQuery("DELETE FROM " + owned.getSimpleName() + " o WHERE o.lineId = :line")
                    .setParameter("line", line.getId())
                    .executeUpdate();
        }
        em.remove(line);
        lineCounts.changed(line.getContract(), line.isManageable() ? -1 : 0);
        operators.record(line.getContract(), Action.LINE_REMOVE, line.auditName(), "number " + line.getNumber());
    }

    private Line line(String contractNumber, String lineNumber, LockModeType lock) {
        Contract contract = operators.contract(contractNumber, LockModeType.NONE);
        if (!PhoneNumbers.isFifty(lineNumber)) {
            throw new NoSuchResourceException("no such line in contract " + contractNumber);
        }
        return em.createQuery("SELECT l FROM Line l WHERE l.contract = :contract AND l.number = :number", Line.class)
                .setParameter("contract", contract)
                .setParameter("number", lineNumber)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchResourceException("no line " + lineNumber + " in contract " + contractNumber));
    }

    private Line changeable(String contractNumber, String lineNumber, Long expectedVersion) {
        Line line = line(contractNumber, lineNumber, LockModeType.PESSIMISTIC_WRITE);
        Operators.requireVersion(expectedVersion, line.getVersion());
        if (line.getContract().getState() == Contract.State.CANCELLED) {
            throw new ConflictException(null, "the contract is cancelled; its lines can no longer be changed");
        }
        return line;
    }

    private Versioned<LineView> changed(Line line, String what) {
        em.flush();
        operators.record(line.getContract(), Action.LINE_CHANGE, line.auditName(), what);
        return new Versioned<>(LineView.of(line, clock.instant()), line.getVersion());
    }

    private static void requireOffered(Contract contract, Set<OptionService> services) {
        ServiceNames.notOffered(contract, services).ifPresent(reason -> {
            throw new ConflictException("services", reason);
        });
    }

    private void requireFree(String number, String loginId) {
        if (!em.createQuery("SELECT l.id FROM Line l WHERE l.number = :number", Long.class)
                .setParameter("number", number)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("number", "a line with this number exists");
        }
        if (!em.createNamedQuery(Line.BY_LOGIN_ID, Line.class)
                .setParameter("key", loginId)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("loginId", "a line with this login ID exists");
        }
    }

    private static LineKind kind(String name, List<InvalidField> invalid) {
        return LineView.kindOf(name).orElseGet(() -> {
            invalid.add(new InvalidField("kind", LineView.KINDS));
            return LineKind.ORDINARY;
        });
    }

    private static Set<OptionService> services(List<String> names, List<InvalidField> invalid) {
        try {
            return ServiceNames.parse("services", names);
        } catch (InvalidFieldsException unknown) {
            invalid.addAll(unknown.fields());
            return Set.of();
        }
    }
}
