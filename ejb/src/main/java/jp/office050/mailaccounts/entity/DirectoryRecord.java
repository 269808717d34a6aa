package jp.office050.mailaccounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the mail directory kept as a table: the embedded default and the demo stand in for the provider's
 * LDAP directory with it.
 */
@Entity
@Table(name = "mail_directory_entry")
public class DirectoryRecord {

    @Id
    @Column(length = 254)
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailAccountKind kind;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean migrated;

    protected DirectoryRecord() {}

    public DirectoryRecord(String identifier, MailAccountKind kind, String passwordHash, boolean migrated) {
        if (!kind.verifiedByDirectory()) {
            throw new IllegalArgumentException(kind + " does not live in the mail directory");
        }
        this.identifier = MailAccount.normalize(identifier);
        this.kind = kind;
        this.passwordHash = passwordHash;
        this.migrated = kind == MailAccountKind.MASTER_ID || migrated;
    }

    public String getIdentifier() {
        return identifier;
    }

    public MailAccountKind getKind() {
        return kind;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
