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

/** Every hour, forgets the kept answers of idempotent requests older than a day: a retry after that is a new request. */
@Singleton
public class AnswerCleanup {

    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void forgetOld() {
        em.createNamedQuery(StoredAnswer.OLDER_THAN)
                .setParameter("before", Utc.column(clock.instant().minus(KEPT)))
                .executeUpdate();
    }
}
