package jp.office050.mailaccounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.office050.credentials.entity.SecondFactorAccount;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.platform.entity.Utc;

/**
 * An email account (メールアドレス, or a migrated master ID): a person who manages several contracts through the
 * administrator IDs linked to it. Its lockout counts like an administrator ID's.
 */
@Entity
@Table(name = "mail_account")
@NamedQuery(name = MailAccount.BY_IDENTIFIER, query = "SELECT m FROM MailAccount m WHERE m.identifier = :key")
@NamedQuery(name = MailAccount.BY_DIRECTORY_KEY, query = "SELECT m FROM MailAccount m WHERE m.directoryKey = :key")
public class MailAccount extends SecondFactorAccount {

    public static final String BY_IDENTIFIER = "MailAccount.byIdentifier";
    public static final String BY_DIRECTORY_KEY = "MailAccount.byDirectoryKey";

    @Id
    @SequenceGenerator(name = "mail_account_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_account_ids")
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailAccountKind kind;

    @Column(name = "registered_at")
    private LocalDateTime registeredAt;

    /** The directory's own name for the entry (an LDAP DN, the table's key); null for an external address. */
    @Column(name = "directory_key", unique = true, length = 1000)
    private String directoryKey;

    protected MailAccount() {}

    private MailAccount(String identifier, MailAccountKind kind, StoredPassword password) {
        super(password);
        this.identifier = identifier;
        this.kind = kind;
    }

    /**
     * An ISP address or master ID the directory knows, seen here for the first time: not registered yet.
     *
     * @param directoryKey the directory's own name for the entry, which keys the account
     */
    public static MailAccount fromDirectory(String identifier, MailAccountKind kind, String directoryKey) {
        if (!kind.verifiedByDirectory()) {
            throw new IllegalArgumentException(kind + " is not a directory account");
        }
        if (directoryKey == null || directoryKey.isBlank()) {
            throw new IllegalArgumentException("a directory account needs the directory's key");
        }
        MailAccount account = new MailAccount(identifier, kind, StoredPassword.none());
        account.directoryKey = directoryKey;
        return account;
    }

    /** An external address whose owner proved the mailbox on My Page and chose a password. */
    public static MailAccount registeredExternal(String address, String passwordHash, Instant now) {
        MailAccount account =
                new MailAccount(address, MailAccountKind.EXTERNAL_MAIL, StoredPassword.chosen(passwordHash));
        account.register(now);
        return account;
    }

    /**
     * The key an address or master ID is kept under: full-width letters and digits as their ASCII forms (NFKC),
     * addresses in lower case, master IDs in upper case, without the spaces a paste brings along.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return stripped.contains("@") ? stripped.toLowerCase(Locale.ROOT) : stripped.toUpperCase(Locale.ROOT);
    }

    /**
     * An account made before accounts were keyed by directory entry takes its entry's key. False when it is already
     * the account of another entry.
     */
    public boolean adoptDirectoryKey(String key) {
        if (directoryKey == null) {
            directoryKey = key;
        }
        return directoryKey.equals(key);
    }

    /** Whether a login may be tried at all: an external address only once it is registered. */
    public boolean canTryLogin() {
        return kind.verifiedByDirectory() || isRegistered();
    }

    /** The first login of an ISP address whose mailbox has not moved yet asks for the migration consent. */
    public boolean needsConsent(boolean migratedInDirectory) {
        return kind == MailAccountKind.ISP_MAIL && !isRegistered() && !migratedInDirectory;
    }

    public boolean isRegistered() {
        return registeredAt != null;
    }

    public void register(Instant now) {
        if (registeredAt == null) {
            registeredAt = Utc.column(now);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditName() {
        return auditNameOf(identifier);
    }

    /** The audit trail's name for an email address or master ID, whether or not the portal has it. */
    public static String auditNameOf(String identifier) {
        return "mail:" + identifier;
    }

    public String getIdentifier() {
        return identifier;
    }

    public MailAccountKind getKind() {
        return kind;
    }

    public Instant getRegisteredAt() {
        return Utc.instant(registeredAt);
    }
}
