package jp.office050.mailaccounts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.office050.mailaccounts.entity.MailAccount;

/**
 * The portal's account for a directory entry, keyed by the directory's own name for it (an LDAP DN, the table's key)
 * rather than by what was typed: made at the entry's first login attempt, so that its failures count from the first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DirectoryAccounts {

    @PersistenceContext
    EntityManager em;

    /**
     * The entry's account; one made before accounts were keyed by entry is adopted. Throws
     * {@link DirectoryUnavailableException} when the entry's identifier belongs to the account of another entry (the
     * directory reassigned it): the portal will not hand that account's links to a different entry.
     */
    public MailAccount accountFor(DirectoryEntry entry) {
        Optional<MailAccount> keyed = em.createNamedQuery(MailAccount.BY_DIRECTORY_KEY, MailAccount.class)
                .setParameter("key", entry.reference())
                .getResultStream()
                .findFirst();
        if (keyed.isPresent()) {
            return keyed.get();
        }
        Optional<MailAccount> sameIdentifier = em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", entry.identifier())
                .getResultStream()
                .findFirst();
        if (sameIdentifier.isPresent()) {
            MailAccount account = sameIdentifier.get();
            if (!account.adoptDirectoryKey(entry.reference())) {
                throw new DirectoryUnavailableException(
                        "the account " + entry.identifier() + " belongs to another directory entry than "
                                + entry.reference() + "; an operator must decide which",
                        null);
            }
            return account;
        }
        MailAccount account = MailAccount.fromDirectory(entry.identifier(), entry.kind(), entry.reference());
        em.persist(account);
        em.flush();
        return account;
    }
}
