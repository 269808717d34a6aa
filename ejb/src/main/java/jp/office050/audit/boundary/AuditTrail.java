package jp.office050.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import jp.office050.audit.control.EventContracts;
import jp.office050.audit.control.RequestOrigin;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.platform.control.LogText;
import jp.office050.platform.control.Meters;

/**
 * The append-only audit trail. An event joins the caller's transaction, so a change and its record commit together;
 * a refusal is recorded in a transaction of its own, so it is kept although the refused work rolls back.
 */
@Stateless
public class AuditTrail {

    private static final System.Logger LOG = System.getLogger("jp.office050.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Inject
    Meters meters;

    @Inject
    EventContracts contracts;

    public void record(AuditEvent event) {
        persist(event);
    }

    /** A refusal (or any event) kept although the refused work rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditEvent event) {
        persist(event);
    }

    private void persist(AuditEvent event) {
        event.at(clock.instant());
        if (event.getSourceAddress() == null) {
            event.from(currentAddress());
        }
        if (!event.knowsItsContract()) {
            contracts.of(event).ifPresent(event::inContract);
        }
        em.persist(event);
        meters.recorded(event.getAction().name(), event.getOutcome().name());
        LOG.log(Level.INFO, "audit {0}", LogText.of(event)); // one line, whatever was typed
    }

    /** The newest events about one target ("line:LOGIN_ID", "admin:ADMIN_ID"), for operators and tests. */
    public List<AuditEvent> about(String target, int limit) {
        return em.createNamedQuery(AuditEvent.BY_TARGET, AuditEvent.class)
                .setParameter("target", target)
                .setMaxResults(limit)
                .getResultList();
    }

    private String currentAddress() {
        try {
            return origin.address();
        } catch (ContextNotActiveException notInARequest) {
            return null;
        }
    }
}
