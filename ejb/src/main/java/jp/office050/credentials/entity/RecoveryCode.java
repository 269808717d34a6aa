package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * A one-time recovery code of an account's second factor, kept as a hash only (the codes are random and long, so a
 * plain SHA-256 is enough): used once, when the authenticator is lost.
 */
@Entity
@Table(name = "recovery_code")
@NamedQueries({
    @NamedQuery(
            name = RecoveryCode.UNUSED,
            query = "SELECT r FROM RecoveryCode r WHERE r.account = :account AND r.usedAt IS NULL"),
    @NamedQuery(name = RecoveryCode.OF_ACCOUNT, query = "DELETE FROM RecoveryCode r WHERE r.account = :account")
})
public class RecoveryCode {

    public static final String UNUSED = "RecoveryCode.unused";
    public static final String OF_ACCOUNT = "RecoveryCode.ofAccount";

    @Id
    @SequenceGenerator(name = "recovery_code_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_ids")
    private Long id;

    /** The account's audit name ({@code admin:…}, {@code mail:…}). */
    @Column(nullable = false, length = 300)
    private String account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(String account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    public boolean matches(String hash) {
        return codeHash.equals(hash);
    }

    public void use(Instant now) {
        usedAt = Utc.column(now);
    }
}
