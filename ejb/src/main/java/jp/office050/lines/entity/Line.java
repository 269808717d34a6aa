package jp.office050.lines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.StoredPassword;

/** One employee's 050 number under a contract, with the login ID of the user settings site. */
@Entity
@Table(name = "line")
@NamedQuery(name = Line.BY_LOGIN_ID, query = "SELECT l FROM Line l WHERE l.loginId = :key")
public class Line extends Account {

    public static final String BY_LOGIN_ID = "Line.byLoginId";

    /** The longest login ID the portal keeps. */
    public static final int LOGIN_ID_LENGTH = 32;

    @Id
    @SequenceGenerator(name = "line_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(name = "phone_number", nullable = false, unique = true, length = 11)
    private String number;

    @Column(name = "login_id", nullable = false, unique = true, length = LOGIN_ID_LENGTH)
    private String loginId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LineKind kind;

    @Embedded
    private Subscriptions subscriptions = Subscriptions.of(Set.of());

    protected Line() {}

    public Line(
            Contract contract,
            String number,
            String loginId,
            String displayName,
            LineKind kind,
            StoredPassword password) {
        super(password);
        this.contract = contract;
        this.number = PhoneNumbers.requireFifty(number);
        this.loginId = loginId;
        this.displayName = displayName;
        this.kind = kind;
    }

    public boolean belongsTo(Contract other) {
        return contract.sameAs(other);
    }

    /** Whether the given contract's administrator may see and act on this line. */
    public boolean isManagedBy(Contract administered) {
        return isManageable() && belongsTo(administered);
    }

    public boolean subscribes(OptionService service) {
        return subscriptions.has(service);
    }

    public Set<OptionService> services() {
        return subscriptions.services();
    }

    /** Provisioning: the option services this line's contract bought for it. */
    public void subscribe(Set<OptionService> services) {
        subscriptions = Subscriptions.of(services);
    }

    public boolean isManageable() {
        return kind == LineKind.ORDINARY;
    }

    public void releaseLockout() {
        lockout().release();
    }

    /** A password reset: the new password is temporary (until {@code expiresAt}) and the lock, if any, is lifted. */
    public void resetPassword(String newHash, Instant expiresAt) {
        replacePassword(StoredPassword.temporary(newHash, expiresAt));
        lockout().release();
    }

    public void choosePassword(String newHash) {
        replacePassword(StoredPassword.chosen(newHash));
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditName() {
        return auditNameOf(loginId);
    }

    /** The audit trail's name for a line id that names no line the caller may act on. */
    public static String auditNameOfId(Long id) {
        return "line-id:" + id;
    }

    /** The audit trail's name for a line (by its login ID), whether or not the portal has it. */
    public static String auditNameOf(String loginId) {
        return "line:" + loginId;
    }

    public Contract getContract() {
        return contract;
    }

    public String getNumber() {
        return number;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public LineKind getKind() {
        return kind;
    }
}
