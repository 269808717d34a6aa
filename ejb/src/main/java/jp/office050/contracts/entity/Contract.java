package jp.office050.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A basic contract (基本契約番号) of the 050 service: its customer, the option services it bought, and its state. A
 * suspended contract's administrator and lines cannot sign in or act until it is resumed; a cancelled one is kept for
 * the audit trail and nothing else.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_NUMBER, query = "SELECT c FROM Contract c WHERE c.number = :number")
public class Contract {

    public static final String BY_NUMBER = "Contract.byNumber";

    /** The longest customer name the portal keeps. */
    public static final int NAME_LENGTH = 200;

    public enum State {
        ACTIVE,
        SUSPENDED,
        CANCELLED
    }

    @Id
    @SequenceGenerator(name = "contract_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_ids")
    private Long id;

    @Column(name = "contract_number", nullable = false, unique = true, length = 11)
    private String number;

    @Column(name = "customer_name", nullable = false)
    private String customerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Embedded
    private Subscriptions subscriptions = Subscriptions.of(Set.of());

    @Version
    private long version;

    protected Contract() {}

    public Contract(String number, String customerName) {
        this(number, customerName, Set.of(OptionService.values()));
    }

    public Contract(String number, String customerName, Set<OptionService> services) {
        List<InvalidField> invalid = violations(number, customerName);
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException(invalid.toString());
        }
        this.number = number;
        this.customerName = customerName;
        this.state = State.ACTIVE;
        this.subscriptions = Subscriptions.of(services);
    }

    /** What is wrong with a new contract's number and customer name; empty when nothing is. */
    public static List<InvalidField> violations(String number, String customerName) {
        List<InvalidField> invalid = new ArrayList<>();
        if (!PhoneNumbers.isFifty(number)) {
            invalid.add(new InvalidField("number", "must be an 050 number of 11 digits, as 05012345678"));
        }
        nameViolation(customerName).ifPresent(invalid::add);
        return invalid;
    }

    private static java.util.Optional<InvalidField> nameViolation(String customerName) {
        return Texts.violation("customerName", customerName, NAME_LENGTH);
    }

    public void rename(String newName) {
        nameViolation(newName).ifPresent(invalid -> {
            throw new InvalidFieldsException(List.of(invalid));
        });
        customerName = newName;
    }

    /** Stops its administrator and lines from signing in or acting; a cancelled contract stays cancelled. */
    public void suspend() {
        if (state == State.CANCELLED) {
            throw new ConflictException(null, "a cancelled contract cannot be suspended");
        }
        state = State.SUSPENDED;
    }

    public void resume() {
        if (state == State.CANCELLED) {
            throw new ConflictException(null, "a cancelled contract cannot be resumed");
        }
        state = State.ACTIVE;
    }

    /** The end: kept for the audit trail, listed nowhere, nobody signs in. */
    public void cancel() {
        state = State.CANCELLED;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /** Whether its lines may subscribe to these option services: only to those the contract bought. */
    public boolean offers(Set<OptionService> services) {
        return notOffered(services).isEmpty();
    }

    /** Those of {@code services} the contract did not buy, which its lines therefore cannot have. */
    public Set<OptionService> notOffered(Set<OptionService> services) {
        Set<OptionService> missing = java.util.EnumSet.noneOf(OptionService.class);
        missing.addAll(services);
        missing.removeAll(subscriptions.services());
        return missing;
    }

    public Set<OptionService> services() {
        return subscriptions.services();
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCustomerName() {
        return customerName;
    }

    public State getState() {
        return state;
    }

    /** How the audit trail names a contract: {@code contract:05012345678}. */
    public String auditName() {
        return auditNameOf(number);
    }

    public static String auditNameOf(String number) {
        return "contract:" + number;
    }

    public boolean sameAs(Contract other) {
        return other != null && id != null && id.equals(other.id);
    }
}
