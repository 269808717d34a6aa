package jp.office050.lines.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.office050.contracts.entity.Contract;
import jp.office050.lines.entity.LineCount;
import jp.office050.lines.entity.LineKind;

/**
 * Each contract's count of ordinary lines ({@link LineCount}), which every way of adding or removing lines changes
 * once per transaction: the provider's API, its CSV import, the demo data. The row is read and changed under a lock, so
 * that concurrent changes of one contract's lines wait for each other; a contract without a row yet gets one from an
 * exact count, taken after its new lines are written, and so does a count that a removal would take below zero.
 */
@Dependent
public class LineCounts {

    private static final String COUNT = "SELECT COUNT(l) FROM Line l WHERE l.contract = :contract AND l.kind = :kind";

    @PersistenceContext
    EntityManager em;

    /** How many ordinary lines the contract has: the kept count, or, where it has none yet, counted. */
    public long of(Contract contract) {
        LineCount kept = em.find(LineCount.class, contract.getId());
        return kept == null ? counted(contract) : kept.ordinaryLines();
    }

    /** Ordinary lines were added to (positive) or removed from (negative) the contract in this transaction. */
    public void changed(Contract contract, long lines) {
        if (lines == 0) {
            return;
        }
        LineCount kept = em.find(LineCount.class, contract.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (kept == null) {
            em.persist(new LineCount(contract.getId(), counted(contract)));
        } else if (kept.wouldFallBelowZero(lines)) {
            // lines were changed outside the application (by hand in the database): counted again, not refused
            kept.recounted(counted(contract));
        } else {
            kept.change(lines);
        }
    }

    /** The contract's ordinary lines, counted, this transaction's included. */
    private long counted(Contract contract) {
        em.flush();
        return em.createQuery(COUNT, Long.class)
                .setParameter("contract", contract)
                .setParameter("kind", LineKind.ORDINARY)
                .getSingleResult();
    }
}
