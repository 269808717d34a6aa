package jp.office050.provisioning.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import jp.office050.platform.entity.Utc;
import jp.office050.provisioning.entity.StoredAnswer;

/**
 * Every hour, forgets the kept answers of idempotent requests older than a day (a retry after that is a new request)
 * and the initial passwords of background imports completed a day ago.
 */
@Singleton
public class AnswerCleanup {

    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void forgetOld() {
        var before = Utc.column(clock.instant().minus(KEPT));
        em.createNamedQuery(StoredAnswer.OLDER_THAN)
                .setParameter("before", before)
                .executeUpdate();
        // the initial passwords of background imports completed a day ago
        em.createQuery("DELETE FROM ImportedPassword p WHERE p.importId IN"
                        + " (SELECT i.id FROM LineImport i WHERE i.completedAt < :before)")
                .setParameter("before", before)
                .executeUpdate();
    }
}
