package jp.office050.notices.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.office050.notices.entity.Notice;
import jp.office050.platform.control.MailUnavailableException;
import jp.office050.platform.control.Mailer;
import jp.office050.platform.control.OutgoingMail;
import jp.office050.platform.entity.Utc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One attempt at one notice, in a transaction of its own; which notices are due. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeAttempts {

    private static final System.Logger LOG = System.getLogger("jp.office050.mail");

    /** Sent and given-up notices are kept this long (for a support desk's question), then removed. */
    static final Duration KEPT = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "office050.notice.retry-seconds", defaultValue = "60")
    long retrySeconds;

    public List<Long> due(int limit) {
        return em.createNamedQuery(Notice.DUE, Long.class)
                .setParameter("now", Utc.column(clock.instant()))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims the notice (an instance that claimed it first wins: the version), sends it, and records how it went. A
     * failure is logged and tried again later; the notice's text is never logged (it names a person).
     */
    public void attempt(long id) {
        Notice notice = em.find(Notice.class, id);
        Instant now = clock.instant();
        if (notice == null || !notice.isDue(now)) {
            return;
        }
        notice.claim(now);
        em.flush(); // another instance's claim of the same notice fails here, before anything is sent
        try {
            mailer.send(new OutgoingMail(notice.recipient(), notice.subject(), notice.body()));
            notice.sent(clock.instant());
        } catch (MailUnavailableException | IllegalArgumentException notSent) {
            notice.failed(clock.instant(), notSent.getMessage(), Duration.ofSeconds(Math.max(1, retrySeconds)));
            LOG.log(
                    notice.isGivenUp() ? Level.ERROR : Level.WARNING,
                    "Notice {0} not sent (attempt {1}{2}): {3}",
                    id,
                    notice.attempts(),
                    notice.isGivenUp() ? ", given up" : ", tried again at " + notice.nextAttemptAt(),
                    notSent.getMessage());
        }
    }

    public int forgetOld() {
        return em.createNamedQuery(Notice.SENT_BEFORE)
                .setParameter("before", Utc.column(clock.instant().minus(KEPT)))
                .executeUpdate();
    }
}
