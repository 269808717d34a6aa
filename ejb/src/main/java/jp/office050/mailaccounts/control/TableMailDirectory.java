package jp.office050.mailaccounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.mailaccounts.entity.DirectoryRecord;

/** The mail directory as a table of the portal's own database: the embedded default and the demo. */
@Dependent
@Typed(TableMailDirectory.class)
public class TableMailDirectory implements MailDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Override
    public Optional<DirectoryEntry> find(String identifier) {
        try {
            return Optional.ofNullable(em.find(DirectoryRecord.class, identifier))
                    .map(r -> new DirectoryEntry(r.getIdentifier(), r.getKind(), r.isMigrated(), r.getIdentifier()));
        } catch (PersistenceException e) {
            throw new DirectoryUnavailableException("mail directory table cannot be read", e);
        }
    }

    @Override
    public boolean verify(DirectoryEntry entry, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        DirectoryRecord record = em.find(DirectoryRecord.class, entry.reference());
        if (record == null) {
            hasher.matchDecoy(password);
            return false;
        }
        return hasher.matches(password, record.getPasswordHash());
    }
}
