package jp.office050.audit.entity;

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
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.office050.platform.entity.Utc;

/** One thing that happened, who did it (and for whom), to what, from where, and how it ended. Never a password. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = AuditEvent.BY_TARGET,
        query = "SELECT e FROM AuditEvent e WHERE e.target = :target ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEvent {

    public static final String BY_TARGET = "AuditEvent.byTarget";

    /** Column lengths: a principal or target is {@code mail:} and an identifier of up to 254 characters. */
    static final int NAME_LENGTH = 300;

    static final int ADDRESS_LENGTH = 64;
    static final int DETAIL_LENGTH = 500;

    public enum Action {
        ADMIN_LOGIN,
        USER_LOGIN,
        LOGOUT,
        LOCKOUT_RELEASE,
        PASSWORD_RESET,
        PASSWORD_CHANGE,
        FORWARDING_CHANGE,
        ANONYMOUS_REJECTION_CHANGE,
        CLICK_DIAL_CHANGE,
        ADDRESS_BOOK_CHANGE,
        CLICK_DIAL_CALL,
        /** An administrator asking for a line's settings on the user's behalf (代理設定). */
        PROXY_ACCESS,
        MAIL_LOGIN,
        /** The migration consent of an ISP address at its first login; it registers the account. */
        MAIL_CONSENT,
        /** A registration link asked for on My Page (target: the address). */
        MAIL_REGISTRATION_REQUEST,
        /** An email account registered: on My Page, by consent, or at the first login of a migrated ID. */
        MAIL_REGISTRATION,
        ADMIN_LINK,
        ADMIN_UNLINK,
        /** An email account choosing the administrator ID it acts through ([管理者画面参照]). */
        ADMIN_SWITCH,
        /** Provisioning (the provider's API): a contract opened. */
        CONTRACT_OPEN,
        /** A contract renamed, suspended, resumed or cancelled (the detail says which). */
        CONTRACT_CHANGE,
        LINE_ADD,
        /** A line renamed or its option services changed (the detail says which). */
        LINE_CHANGE,
        LINE_REMOVE,
        /** An administrator ID issued for a contract, with its initial password. */
        ADMIN_ISSUE,
        /** One call of the provider's API: method, path and status, by the token's name. */
        API_CALL,
        /** The user number list downloaded as CSV (the detail says how many lines). */
        LIST_EXPORT,
        /** The audit trail downloaded as CSV (the detail says how many events). */
        AUDIT_EXPORT,
        /** An authenticator app enrolled as the account's second factor, with new recovery codes. */
        SECOND_FACTOR_ENROL,
        /** The account's second factor removed by the provider. */
        SECOND_FACTOR_RESET,
        /** A line's user set, proved or removed the address for its notices (the detail says which). */
        NOTICE_ADDRESS
    }

    public enum Outcome {
        SUCCEEDED,
        /** A wrong password (or an unknown ID). */
        FAILED,
        /** A wrong password that locked the ID. */
        LOCKED,
        /** Refused without being tried: a locked ID, another tenant's line, a line the portal does not manage. */
        REFUSED
    }

    @Id
    @SequenceGenerator(name = "audit_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_ids")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = NAME_LENGTH)
    private String actor;

    @Column(name = "on_behalf_of", length = NAME_LENGTH)
    private String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(length = NAME_LENGTH)
    private String target;

    @Column(name = "source_address", length = ADDRESS_LENGTH)
    private String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** For an email account, the administrator ID it acted through. */
    @Column(length = NAME_LENGTH)
    private String via;

    /** The contract the event belongs to (its administrator's audit page shows it); none for an unknown account. */
    @Column(name = "contract_id")
    private Long contractId;

    @Transient
    private boolean contractKnown;

    protected AuditEvent() {}

    private AuditEvent(String actor, Action action, String target, Outcome outcome) {
        this.actor = clip(actor, NAME_LENGTH);
        this.action = action;
        this.target = clip(target, NAME_LENGTH);
        this.outcome = outcome;
    }

    /**
     * Who did what to what, and how it ended; when and from where are added as it is recorded. Actors and targets are
     * audit names ({@code Caller.principalName()}, {@code Account.auditName()}).
     */
    public static AuditEvent of(String actor, Action action, String target, Outcome outcome) {
        return new AuditEvent(actor, action, target, outcome);
    }

    /** Something an account did to itself (a login, a logout). */
    public static AuditEvent self(String principal, Action action, Outcome outcome) {
        return new AuditEvent(principal, action, principal, outcome);
    }

    /** A refusal, with the reason (which the person refused is never told). */
    public static AuditEvent refusal(String actor, Action action, String target, String reason) {
        return new AuditEvent(actor, action, target, Outcome.REFUSED).detail(reason);
    }

    /** When it happened, unless already said. */
    public AuditEvent at(Instant instant) {
        if (occurredAt == null) {
            occurredAt = Utc.column(instant);
        }
        return this;
    }

    public AuditEvent from(String address) {
        this.sourceAddress = clip(address, ADDRESS_LENGTH);
        return this;
    }

    public AuditEvent onBehalfOf(String principal) {
        this.onBehalfOf = clip(principal, NAME_LENGTH);
        return this;
    }

    public AuditEvent via(String administrator) {
        this.via = clip(administrator, NAME_LENGTH);
        return this;
    }

    /** The contract the event belongs to, where the recorder knows it; otherwise the trail finds it by name. */
    public AuditEvent inContract(Long contract) {
        this.contractId = contract;
        this.contractKnown = true;
        return this;
    }

    /** Whether the recorder said the contract (null: none, as for an ID nobody has); then the trail looks up nothing. */
    public boolean knowsItsContract() {
        return contractKnown || contractId != null;
    }

    /**
     * The names that decide the event's contract, in order: the administrator ID an email account acted through, then
     * the acting administrator or user, then what was acted on. So a refusal of one contract's administrator asking
     * for another contract's line stays in the asker's contract: nothing of it reaches the other.
     */
    public List<String> contractNames() {
        var names = new ArrayList<String>(3);
        if (via != null) {
            names.add(via);
        }
        if (actor.startsWith("admin:") || actor.startsWith("user:")) {
            names.add(actor);
        }
        if (target != null && !target.equals(actor)) {
            names.add(target);
        }
        return names;
    }

    public AuditEvent detail(String text) {
        this.detail = clip(text, DETAIL_LENGTH);
        return this;
    }

    /**
     * The boundaries bound what they record (an identifier has at most 254 characters, so a principal at most 259);
     * a longer text is cut rather than lose the event.
     */
    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Instant getOccurredAt() {
        return Utc.instant(occurredAt);
    }

    public String getActor() {
        return actor;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Action getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getVia() {
        return via;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return getOccurredAt() + " " + actor + (via == null ? "" : " via " + via) + " " + action + " " + target + " "
                + outcome + " from " + sourceAddress;
    }
}
