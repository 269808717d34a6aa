package jp.office050.mailaccounts.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import jp.office050.access.control.Caller;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.mailaccounts.control.DirectoryAccounts;
import jp.office050.mailaccounts.control.DirectoryEntry;
import jp.office050.mailaccounts.control.MailDirectory;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;

/** The email accounts as the login sees them: what the directory says of an ID, registration and consent. */
@Stateless
public class MailAccounts {

    /**
     * The account a login tries, with the directory's entry for it (none for an external address).
     *
     * @param account the account whose lockout counts the attempt
     * @param entry the directory's entry (an ISP address or master ID), or null for an external address
     */
    public record MailLogin(MailAccount account, DirectoryEntry entry) {

        /** Whether the mailbox has already moved (no consent asked); external addresses never ask. */
        public boolean migrated() {
            return entry == null || entry.migrated();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDirectory directory;

    @Inject
    DirectoryAccounts directoryAccounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The account a login with this (normalised) text tries: a registered external address, or the directory's entry
     * for an ISP address or master ID. The directory may match more loosely than the text itself; the account is the
     * one of the entry it found, so every spelling it accepts shares one lockout. An entry the portal has not seen
     * yet gets its account here, so that the lockout can count its attempts. Empty when nobody has this identifier.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<MailLogin> forLogin(String identifier) {
        Optional<MailAccount> local = find(identifier);
        if (local.filter(a -> a.getKind() == MailAccountKind.EXTERNAL_MAIL).isPresent()) {
            return local.filter(MailAccount::canTryLogin).map(account -> new MailLogin(account, null));
        }
        return directory.find(identifier).map(entry -> new MailLogin(accountFor(entry), entry));
    }

    /** Whether the password is the directory entry's. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean verify(MailLogin login, String password) {
        return directory.verify(login.entry(), password);
    }

    /** A migrated ISP address or a master ID at its first login: registered without a consent screen. */
    public void register(String identifier, String how) {
        MailAccount account = find(identifier).orElseThrow();
        account.register(clock.instant());
        audit.record(AuditEvent.self(account.auditName(), Action.MAIL_REGISTRATION, Outcome.SUCCEEDED)
                .detail(how));
    }

    /**
     * [ISPメールへの移行に同意しログインする]: the ISP address whose password was just proved consents and is registered.
     * Only an unregistered ISP address can consent.
     */
    public Optional<Caller> consent(String identifier) {
        Optional<MailAccount> found = find(identifier).filter(a -> a.needsConsent(false));
        String target = MailAccount.auditNameOf(identifier);
        if (found.isEmpty()) {
            audit.refused(AuditEvent.refusal(target, Action.MAIL_CONSENT, target, "nothing to consent to"));
            return Optional.empty();
        }
        found.get().register(clock.instant());
        audit.record(AuditEvent.self(target, Action.MAIL_CONSENT, Outcome.SUCCEEDED));
        audit.record(AuditEvent.self(target, Action.MAIL_REGISTRATION, Outcome.SUCCEEDED)
                .detail("migration consent"));
        return Optional.of(Caller.mail(identifier));
    }

    private MailAccount accountFor(DirectoryEntry entry) {
        try {
            return directoryAccounts.accountFor(entry);
        } catch (EJBException madeMeanwhile) {
            return directoryAccounts.accountFor(entry); // another first attempt at the same entry made its row
        }
    }

    private Optional<MailAccount> find(String identifier) {
        return em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", identifier)
                .getResultStream()
                .findFirst();
    }
}
