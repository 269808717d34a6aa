package jp.office050.provisioning.control;

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
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.lines.entity.Line;
import jp.office050.platform.control.Sealing;
import jp.office050.platform.control.Sealing.Purpose;
import jp.office050.provisioning.entity.ImportedPassword;
import jp.office050.provisioning.entity.LineImport;

/**
 * What the password job of a background import reads and writes, in the job's own transactions (one per chunk): the
 * lines still waiting, the passwords made, the end. The job has no caller: it acts for the token that imported.
 */
@Stateless
public class ImportProgress {

    /** A password made for one line of an import, not yet stored. */
    public record Made(long rowId, String password, String hash) implements java.io.Serializable {

        @Override
        public String toString() {
            return "password made for import row " + rowId; // never the password, nor its hash
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sealing sealing;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The rows of this partition (of {@code partitions}) still waiting for a password. */
    public List<Long> pending(long importId, int partition, int partitions) {
        return em.createNamedQuery(ImportedPassword.PENDING, Long.class)
                .setParameter("importId", importId)
                .getResultStream()
                .filter(id -> Math.floorMod(id, partitions) == partition)
                .toList();
    }

    /** Stores the made passwords on their lines (temporary, as a reset's) and, sealed, for the provider to fetch. */
    public void store(List<Made> made) {
        Instant now = clock.instant();
        for (Made one : made) {
            ImportedPassword row = em.find(ImportedPassword.class, one.rowId(), LockModeType.PESSIMISTIC_WRITE);
            if (!row.isPending()) {
                continue; // another run of the job (a resume racing a resume) made it first
            }
            Line line = em.find(Line.class, row.getLineId(), LockModeType.PESSIMISTIC_WRITE);
            if (line == null || line.password().hash() != null) {
                row.skip(); // removed since the import, or given a password meanwhile (a reset): left as it is
                continue;
            }
            line.resetPassword(one.hash(), now, temporaryPasswords.expiryOf(now));
            row.made(sealing.seal(Purpose.API_ANSWERS, one.password()));
        }
    }

    public long done(long importId) {
        return em.createNamedQuery(ImportedPassword.DONE, Long.class)
                .setParameter("importId", importId)
                .getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runsAs(long importId, long executionId) {
        em.find(LineImport.class, importId).runsAs(executionId);
    }

    /** After a run of the job: if no line waits any more, the import is complete (and audited as such). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(long importId) {
        LineImport lineImport = em.find(LineImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (lineImport.isCompleted() || !pending(importId, 0, 1).isEmpty()) {
            return;
        }
        lineImport.completed(clock.instant());
        audit.record(AuditEvent.of(
                        "operator:" + lineImport.getTokenName(),
                        Action.LINE_CHANGE,
                        lineImport.getContract().auditName(),
                        Outcome.SUCCEEDED)
                .inContract(lineImport.getContract().getId())
                .detail("initial passwords made for the " + done(importId) + " lines of import " + importId));
    }
}
