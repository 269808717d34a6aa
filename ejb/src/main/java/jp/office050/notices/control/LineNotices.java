package jp.office050.notices.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.notices.entity.ContactAddress;

/**
 * Tells a line's user, at the address it proved, that its line was locked, its lock released or its password reset by
 * the administrator; a line without an address gets nothing. Joins the caller's transaction (or has one of its own).
 */
@Stateless
public class LineNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeMails mails;

    @Inject
    Outbox outbox;

    /** @param when the time the notice names (the lock's end, the moment of the release or reset) */
    public void tell(long lineId, String loginId, Kind kind, Instant when) {
        ContactAddress contact = em.find(ContactAddress.class, lineId);
        if (contact == null) {
            return;
        }
        contact.address()
                .ifPresent(address -> outbox.queue(mails.mail(address, contact.language(), kind, loginId, when)));
    }
}
