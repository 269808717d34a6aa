package jp.office050.notices.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.office050.notices.entity.Notice;
import jp.office050.platform.control.OutgoingMail;

/**
 * Puts a notice into the outbox in the caller's transaction: it is sent only if what it tells commits, and an SMTP
 * server that is away fails nothing but the attempt ({@link NoticeDelivery} tries again).
 */
@Dependent
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void queue(OutgoingMail mail) {
        em.persist(new Notice(mail.to(), mail.subject(), mail.body(), clock.instant()));
    }
}
