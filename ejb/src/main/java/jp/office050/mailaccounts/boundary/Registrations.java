package jp.office050.mailaccounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.PasswordPolicy;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.mailaccounts.control.MailAddresses;
import jp.office050.mailaccounts.control.MailDirectory;
import jp.office050.mailaccounts.control.RegistrationMails;
import jp.office050.mailaccounts.control.Tokens;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.mailaccounts.entity.RegistrationToken;
import jp.office050.platform.control.MailLinks;
import jp.office050.platform.control.MailUnavailableException;
import jp.office050.platform.control.Mailer;
import jp.office050.platform.control.OutgoingMail;
import jp.office050.platform.entity.Utc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * My Page registration of an external address: a one-time link by mail, then a password. The request answers the
 * same whatever the address: whether it is registered, an ISP address or new is told only in the mail, to the
 * mailbox's owner.
 */
@Stateless
public class Registrations {

    private static final System.Logger LOG = System.getLogger(Registrations.class.getName());

    public enum LinkState {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDirectory directory;

    @Inject
    Mailer mailer;

    @Inject
    MailLinks links;

    @Inject
    RegistrationMails mails;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "office050.registration.link-hours", defaultValue = "24")
    int linkHours;

    @Inject
    @ConfigProperty(name = "office050.registration.mails-per-day", defaultValue = "5")
    int mailsPerDay;

    /**
     * Sends the mail that fits the address: a registration link, "already registered" or "an ISP address needs no
     * registration". A format error is told; nothing else is. Links point to the configured public address only.
     *
     * @throws MailUnavailableException when the mail cannot be sent (no public address configured, SMTP down)
     */
    public void request(String typed, Locale locale) {
        String address = MailAddresses.parse(typed).orElseThrow(InvalidAddressException::new);
        String target = MailAccount.auditNameOf(address);
        Instant now = clock.instant();
        List<RegistrationToken> recent = em.createNamedQuery(
                        RegistrationToken.OF_ADDRESS_SINCE, RegistrationToken.class)
                .setParameter("address", address)
                .setParameter("since", Utc.column(now.minus(Duration.ofDays(1))))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (recent.size() >= mailsPerDay) {
            audit.record(AuditEvent.self(target, Action.MAIL_REGISTRATION_REQUEST, Outcome.REFUSED)
                    .detail("daily mail limit"));
            return;
        }
        recent.forEach(token -> token.supersede(now));
        String token = Tokens.newToken();
        em.persist(new RegistrationToken(address, Tokens.hash(token), now, Duration.ofHours(linkHours)));
        try {
            mailer.send(mailFor(address, token, locale));
        } catch (MailUnavailableException notSent) {
            LOG.log(System.Logger.Level.ERROR, "My Page mail not sent: {0}", notSent.getMessage());
            throw notSent;
        }
        audit.record(AuditEvent.self(target, Action.MAIL_REGISTRATION_REQUEST, Outcome.SUCCEEDED));
    }

    public LinkState check(String token) {
        return token(token, LockModeType.NONE)
                .map(t -> LinkState.valueOf(t.state(clock.instant()).name()))
                .orElse(LinkState.UNKNOWN);
    }

    /** The address a valid link registers, for the password page. */
    public String address(String token) {
        return usable(token).getAddress();
    }

    /** Spends the link and registers its address with the chosen password (8 to 64 characters, not a very common one, not containing the address). */
    public void complete(String token, String password) {
        RegistrationToken link = usable(token);
        String address = link.getAddress();
        policy.check(password, address, address.substring(0, address.indexOf('@')))
                .ifPresent(violation -> {
                    throw new PasswordRejectedException(PasswordRejectedException.Reason.of(violation));
                });
        Instant now = clock.instant();
        link.use(now);
        if (account(address).isPresent()) {
            String target = MailAccount.auditNameOf(address);
            audit.refused(AuditEvent.refusal(target, Action.MAIL_REGISTRATION, target, "already registered"));
            throw new RegistrationLinkException(LinkState.USED);
        }
        MailAccount account = MailAccount.registeredExternal(address, hasher.hash(password), now);
        em.persist(account);
        audit.record(AuditEvent.self(account.auditName(), Action.MAIL_REGISTRATION, Outcome.SUCCEEDED)
                .detail("My Page"));
    }

    private OutgoingMail mailFor(String address, String token, Locale locale) {
        if (directory.find(address).isPresent()) {
            return mails.ispAddress(address, links.to("mail/"), locale);
        }
        if (account(address)
                .filter(a -> a.getKind() == MailAccountKind.EXTERNAL_MAIL)
                .isPresent()) {
            return mails.alreadyRegistered(address, links.to("mail/"), locale);
        }
        return mails.link(address, links.to("mypage/verify.xhtml?token=" + token), linkHours, locale);
    }

    private RegistrationToken usable(String token) {
        RegistrationToken link = token(token, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RegistrationLinkException(LinkState.UNKNOWN));
        RegistrationToken.State state = link.state(clock.instant());
        if (state != RegistrationToken.State.VALID) {
            throw new RegistrationLinkException(LinkState.valueOf(state.name()));
        }
        return link;
    }

    private Optional<RegistrationToken> token(String token, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(RegistrationToken.BY_HASH, RegistrationToken.class)
                .setParameter("hash", Tokens.hash(token))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private Optional<MailAccount> account(String address) {
        return em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", address)
                .getResultStream()
                .findFirst();
    }
}
