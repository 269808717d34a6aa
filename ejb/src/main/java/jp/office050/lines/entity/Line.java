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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.OptionService;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.contracts.entity.Subscriptions;
import jp.office050.contracts.entity.Texts;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.StoredPassword;

/** One employee's 050 number under a contract, with the login ID of the user settings site. */
@Entity
@Table(name = "line")
// with its contract, which every use of a line found by its login ID asks whether it is active
@NamedQuery(name = Line.BY_LOGIN_ID, query = "SELECT l FROM Line l JOIN FETCH l.contract WHERE l.loginId = :key")
public class Line extends Account {

    public static final String BY_LOGIN_ID = "Line.byLoginId";

    /** The longest login ID the portal keeps. */
    public static final int LOGIN_ID_LENGTH = 32;

    /** The longest display name the portal keeps. */
    public static final int NAME_LENGTH = 100;

    private static final Pattern LOGIN_ID =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (LOGIN_ID_LENGTH - 1) + "}");

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

    /**
     * What the user number list's search looks in: the number, the login ID and the name, case-folded, one column,
     * kept with them (so that a search reads one indexed column, no function of three).
     */
    @Column(name = "search_key", nullable = false, length = 160)
    private String searchKey;

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
        this.searchKey = searchKey(this.number, loginId, displayName);
    }

    /** The search key of a line: its fields case-folded, separated by a control character no search contains. */
    static String searchKey(String number, String loginId, String displayName) {
        return String.join(
                "\u001f",
                number,
                loginId == null ? "" : loginId.toLowerCase(Locale.ROOT),
                displayName == null ? "" : displayName.toLowerCase(Locale.ROOT));
    }

    /** Whether this is a login ID the portal can keep: 1 to 32 letters, digits, '.', '_' or '-'. */
    public static boolean isLoginId(String loginId) {
        return loginId != null && LOGIN_ID.matcher(loginId).matches();
    }

    /** What is wrong with a new line's number, login ID and display name; empty when nothing is. */
    public static List<InvalidField> violations(String number, String loginId, String displayName) {
        List<InvalidField> invalid = new ArrayList<>();
        if (!PhoneNumbers.isFifty(number)) {
            invalid.add(new InvalidField("number", "must be an 050 number of 11 digits, as 05012345678"));
        }
        if (loginId == null || !LOGIN_ID.matcher(loginId).matches()) {
            invalid.add(new InvalidField(
                    "loginId",
                    "must be 1 to " + LOGIN_ID_LENGTH
                            + " letters, digits, '.', '_' or '-', beginning with a letter or digit"));
        }
        Texts.violation("displayName", displayName, NAME_LENGTH).ifPresent(invalid::add);
        return invalid;
    }

    /** A line as the provider orders it: checked, with the option services its contract offers. */
    public static Line provision(
            Contract contract,
            String number,
            String loginId,
            String displayName,
            LineKind kind,
            Set<OptionService> services,
            Instant now) {
        List<InvalidField> invalid = violations(number, loginId, displayName);
        if (!invalid.isEmpty()) {
            throw new InvalidFieldsException(invalid);
        }
        Line line = new Line(contract, number, loginId, displayName, kind, StoredPassword.none());
        line.subscribe(services);
        line.endSessions(now); // a session of a removed line with this login ID opens nothing
        return line;
    }

    public void rename(String newName) {
        Texts.violation("displayName", newName, NAME_LENGTH).ifPresent(invalid -> {
            throw new InvalidFieldsException(List.of(invalid));
        });
        displayName = newName;
        searchKey = searchKey(number, loginId, newName);
    }

    /** Whether its user may sign in and act: an ordinary line of an active contract. */
    public boolean mayActOnItsOwn() {
        return isManageable() && contract.isActive();
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

    /** Provisioning: the option services this line subscribes to, among those its contract bought. */
    public void subscribe(Set<OptionService> services) {
        if (!contract.offers(services)) {
            throw new ConflictException("services", "the contract does not subscribe to all of " + services);
        }
        subscriptions = Subscriptions.of(services);
    }

    public boolean isManageable() {
        return kind == LineKind.ORDINARY;
    }

    public void releaseLockout() {
        lockout().release();
    }

    /**
     * A password reset: the new password is temporary (until {@code expiresAt}), the lock, if any, is lifted, and the
     * sessions signed in with the old one are over.
     */
    public void resetPassword(String newHash, Instant now, Instant expiresAt) {
        replacePassword(StoredPassword.temporary(newHash, expiresAt));
        lockout().release();
        endSessions(now);
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
