package jp.office050.administrators.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.credentials.entity.SecondFactorAccount;
import jp.office050.credentials.entity.StoredPassword;

/** The administrator ID (管理者ID) of one contract. */
@Entity
@Table(name = "administrator")
// with its contract, which every use of an administrator found by its ID asks whether it is active
@NamedQuery(
        name = Administrator.BY_ADMIN_ID,
        query = "SELECT a FROM Administrator a JOIN FETCH a.contract WHERE a.adminId = :key")
public class Administrator extends SecondFactorAccount {

    public static final String BY_ADMIN_ID = "Administrator.byAdminId";

    /** The longest administrator ID the portal keeps. */
    public static final int ADMIN_ID_LENGTH = 32;

    private static final Pattern ADMIN_ID =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (ADMIN_ID_LENGTH - 1) + "}");

    @Id
    @SequenceGenerator(name = "administrator_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrator_ids")
    private Long id;

    @Column(name = "admin_id", nullable = false, unique = true, length = ADMIN_ID_LENGTH)
    private String adminId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, unique = true)
    private Contract contract;

    protected Administrator() {}

    public Administrator(String adminId, Contract contract, StoredPassword password) {
        super(password);
        this.adminId = adminId;
        this.contract = contract;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditName() {
        return auditNameOf(adminId);
    }

    /** The audit trail's name for an administrator ID, whether or not the portal has it. */
    public static String auditNameOf(String adminId) {
        return "admin:" + adminId;
    }

    /** What is wrong with an administrator ID the provider chose, if anything. */
    public static Optional<InvalidField> violation(String adminId) {
        if (adminId == null || !ADMIN_ID.matcher(adminId).matches()) {
            return Optional.of(new InvalidField(
                    "adminId",
                    "must be 1 to " + ADMIN_ID_LENGTH
                            + " letters, digits, '.', '_' or '-', beginning with a letter or digit"));
        }
        return Optional.empty();
    }

    /** A new initial password from the provider: temporary until the administrator chooses one; the lock ends. */
    public void reissuePassword(String newHash, Instant now, Instant expiresAt) {
        replacePassword(StoredPassword.temporary(newHash, expiresAt));
        lockout().release();
        endSessions(now);
    }

    /** Whether it may sign in and act: its contract is active (not suspended, not cancelled). */
    public boolean mayActOnItsOwn() {
        return contract.isActive();
    }

    public String getAdminId() {
        return adminId;
    }

    public Contract getContract() {
        return contract;
    }
}
