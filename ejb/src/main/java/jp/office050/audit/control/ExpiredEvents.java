package jp.office050.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import jp.office050.platform.entity.Utc;

/** One batch of the retention's removal, in a transaction of its own. */
@Stateless
public class ExpiredEvents {

    @PersistenceContext
    EntityManager em;

    /** Removes up to {@code batch} events that occurred before {@code before}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeBatch(Instant before, int batch) {
        List<Long> ids = em.createQuery(
                        "SELECT e.id FROM AuditEvent e WHERE e.occurredAt < :before ORDER BY e.occurredAt", Long.class)
                .setParameter("before", Utc.column(before))
                .setMaxResults(batch)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM AuditEvent e WHERE e.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
