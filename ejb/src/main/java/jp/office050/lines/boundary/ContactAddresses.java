package jp.office050.lines.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.control.RequestOrigin;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.lines.control.LineAccess;
import jp.office050.lines.entity.Line;
import jp.office050.mailaccounts.boundary.InvalidAddressException;
import jp.office050.mailaccounts.control.MailAddresses;
import jp.office050.mailaccounts.control.Tokens;
import jp.office050.notices.control.NoticeMails;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.notices.control.Outbox;
import jp.office050.notices.entity.ContactAddress;
import jp.office050.platform.control.MailLinks;

/**
 * 通知先メールアドレス: the address where a line's user wants its notices (its lock, a release, a reset). The user gives
 * it on its own settings site; a link sent to it proves it, and only then does it receive anything. Everything here is
 * the signed-in user's own line, but the link, which works without a login (it may be opened on another device).
 */
@Stateless
public class ContactAddresses {

    /** How long a link works. */
    static final Duration LINK_VALIDITY = Duration.ofHours(24);

    /** A new link no sooner than this after the last one, so that the form mails nobody over and over. */
    static final Duration BETWEEN_LINKS = Duration.ofMinutes(1);

    /** What the page shows: the proved address (or none) and one waiting for its link (or none). */
    public record Standing(String address, String pending) {

        public String getAddress() {
            return address;
        }

        public String getPending() {
            return pending;
        }
    }

    public enum Requested {
        SENT,
        TOO_SOON
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LineAccess access;

    @Inject
    Outbox outbox;

    @Inject
    NoticeMails mails;

    @Inject
    MailLinks links;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Standing standing() {
        Line line = access.own(LockModeType.NONE);
        return Optional.ofNullable(em.find(ContactAddress.class, line.getId()))
                .map(c -> new Standing(
                        c.address().orElse(null), c.pendingAddress().orElse(null)))
                .orElse(new Standing(null, null));
    }

    /**
     * Sends a link to {@code typed}; the address receives notices once the link is followed.
     *
     * @throws InvalidAddressException when it is not one valid address
     * @throws jp.office050.platform.control.MailUnavailableException when no mail with a link can be sent (no public
     *     address configured)
     */
    public Requested request(String typed) {
        String address = MailAddresses.parse(typed).orElseThrow(InvalidAddressException::new);
        Line line = access.own(LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        ContactAddress contact = em.find(ContactAddress.class, line.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (contact == null) {
            contact = new ContactAddress(line.getId());
            em.persist(contact);
        } else if (contact.linkSentAfter(now.minus(BETWEEN_LINKS), LINK_VALIDITY)) {
            return Requested.TOO_SOON;
        }
        String token = Tokens.newToken();
        String language = NoticeMails.languageOf(origin.locale());
        contact.propose(address, language, Tokens.hash(token), now.plus(LINK_VALIDITY));
        outbox.queue(mails.mail(
                address,
                language,
                Kind.VERIFY_ADDRESS,
                line.getLoginId(),
                links.to("user/notice.xhtml?token=" + token)));
        audit.record(
                AuditEvent.of("user:" + line.getLoginId(), Action.NOTICE_ADDRESS, line.auditName(), Outcome.SUCCEEDED)
                        .inContract(line.getContract().getId())
                        .detail("link sent"));
        return Requested.SENT;
    }

    /** The link of the mail: its address receives the notices from now on; false for an unknown, used or old link. */
    public boolean verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<ContactAddress> contact = em.createNamedQuery(ContactAddress.BY_TOKEN, ContactAddress.class)
                .setParameter("hash", Tokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (contact.isEmpty() || !contact.get().verify(clock.instant())) {
            return false;
        }
        Line line = em.find(Line.class, contact.get().getLineId());
        if (line != null) {
            audit.record(AuditEvent.of(
                            "user:" + line.getLoginId(), Action.NOTICE_ADDRESS, line.auditName(), Outcome.SUCCEEDED)
                    .inContract(line.getContract().getId())
                    .detail("address proved by its link"));
        }
        return true;
    }

    /** No more notices. */
    public void remove() {
        Line line = access.own(LockModeType.PESSIMISTIC_WRITE);
        ContactAddress contact = em.find(ContactAddress.class, line.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (contact != null) {
            contact.remove();
            audit.record(AuditEvent.of(
                            "user:" + line.getLoginId(), Action.NOTICE_ADDRESS, line.auditName(), Outcome.SUCCEEDED)
                    .inContract(line.getContract().getId())
                    .detail("removed"));
        }
    }
}
