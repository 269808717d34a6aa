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
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.login.control.LoginAttempts;
import jp.office050.mailaccounts.control.DirectoryEntry;
import jp.office050.mailaccounts.control.MailDirectory;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;

/** The email accounts as the login sees them: what the directory says of an ID, registration and consent. */
@Stateless
public class MailAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDirectory directory;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The directory's entry for an ISP address or master ID (none for an external address). One the portal has not
     * seen yet gets its row here, so that the lockout can count its attempts.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<DirectoryEntry> directoryEntry(String identifier) {
        Optional<MailAccount> local = find(identifier);
        if (local.filter(a -> a.getKind() == MailAccountKind.EXTERNAL_MAIL).isPresent()) {
            return Optional.empty();
        }
        Optional<DirectoryEntry> entry = directory.find(identifier);
        if (entry.isPresent() && local.isEmpty()) {
            enrol(entry.get());
        }
        return entry;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean verify(Optional<DirectoryEntry> entry, String password) {
        if (entry.isEmpty()) {
            hasher.matchDecoy(password);
            return false;
        }
        return directory.verify(entry.get(), password);
    }

    /** A migrated ISP address or a master ID at its first login: registered without a consent screen. */
    public void register(String identifier, String how) {
        MailAccount account = find(identifier).orElseThrow();
        account.register(clock.instant());
        audit.record("mail:" + identifier, Action.MAIL_REGISTRATION, "mail:" + identifier, Outcome.SUCCEEDED, how);
    }

    /**
     * [ISPメールへの移行に同意しログインする]: the ISP address whose password was just proved consents and is registered.
     * Only an unregistered ISP address can consent.
     */
    public Optional<Caller> consent(String identifier) {
        Optional<MailAccount> found = find(identifier).filter(a -> a.needsConsent(false));
        String target = "mail:" + identifier;
        if (found.isEmpty()) {
            audit.refused(target, Action.MAIL_CONSENT, target, "nothing to consent to");
            return Optional.empty();
        }
        found.get().register(clock.instant());
        audit.record(target, Action.MAIL_CONSENT, target, Outcome.SUCCEEDED, null);
        audit.record(target, Action.MAIL_REGISTRATION, target, Outcome.SUCCEEDED, "migration consent");
        return Optional.of(Caller.mail(identifier));
    }

    private void enrol(DirectoryEntry entry) {
        try {
            attempts.enrol(MailAccount.fromDirectory(entry.identifier(), entry.kind()));
        } catch (EJBException alreadyThere) {
            // another first attempt at the same ID created the row a moment ago
        }
    }

    private Optional<MailAccount> find(String identifier) {
        return em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", identifier)
                .getResultStream()
                .findFirst();
    }
}
