package jp.office050.administrators.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.contracts.entity.Contract;
import jp.office050.credentials.entity.Credentialed;
import jp.office050.credentials.entity.Lockout;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.platform.entity.Utc;

/** The administrator ID (管理者ID) of one contract. */
@Entity
@Table(name = "administrator")
@NamedQuery(name = Administrator.BY_ADMIN_ID, query = "SELECT a FROM Administrator a WHERE a.adminId = :key")
public class Administrator implements Credentialed {

    public static final String BY_ADMIN_ID = "Administrator.byAdminId";

    @Id
    @SequenceGenerator(name = "administrator_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrator_ids")
    private Long id;

    @Column(name = "admin_id", nullable = false, unique = true, length = 32)
    private String adminId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, unique = true)
    private Contract contract;

    @Embedded
    private StoredPassword password;

    @Embedded
    private Lockout lockout = new Lockout();

    @Column(name = "last_login")
    private LocalDateTime lastLogin;

    @Version
    private long version;

    protected Administrator() {}

    public Administrator(String adminId, Contract contract, StoredPassword password) {
        this.adminId = adminId;
        this.contract = contract;
        this.password = password;
    }

    public boolean administers(Contract other) {
        return contract.sameAs(other);
    }

    @Override
    public void rehash(String newHash) {
        password = password.rehashed(newHash);
    }

    @Override
    public void loggedIn(Instant now) {
        lockout.succeeded();
        lastLogin = Utc.column(now);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String loginName() {
        return adminId;
    }

    @Override
    public Lockout lockout() {
        return lockout;
    }

    @Override
    public StoredPassword password() {
        return password;
    }

    public String getAdminId() {
        return adminId;
    }

    public Contract getContract() {
        return contract;
    }
}
