package jp.office050.provisioning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.provisioning.boundary.NoSuchResourceException;
import jp.office050.provisioning.boundary.StaleVersionException;

/**
 * What every provisioning call needs: the operator who asks (only an API token's holder, whatever roles a session
 * might claim), the contract it names, the version check, and the audit record in the operator's name.
 */
@Dependent
public class Operators {

    @Inject
    Callers callers;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Caller current() {
        Caller caller = callers.current();
        if (caller.kind() != Caller.Kind.OPERATOR) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        return caller;
    }

    public Contract contract(String number, LockModeType lock) {
        current();
        if (!PhoneNumbers.isFifty(number)) { // no 050 number names no contract; not worth a query
            throw new NoSuchResourceException("no such contract");
        }
        return em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                .setParameter("number", number)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoSuchResourceException("no contract " + number));
    }

    /** {@code expected} null: the caller sent {@code If-Match: *} (any current version). */
    public static void requireVersion(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(current);
        }
    }

    /** What the provider did to one of {@code contract}'s things (its administrator's audit page shows it). */
    public void record(Contract contract, Action action, String target, String detail) {
        audit.record(AuditEvent.of(current().principalName(), action, target, Outcome.SUCCEEDED)
                .inContract(contract.getId())
                .detail(detail));
    }
}
