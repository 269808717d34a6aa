package jp.office050.contracts.entity;

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
import jakarta.persistence.Version;

/** A basic contract (基本契約番号) of the 050 service. */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_NUMBER, query = "SELECT c FROM Contract c WHERE c.number = :number")
public class Contract {

    public static final String BY_NUMBER = "Contract.byNumber";

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

    @Version
    private long version;

    protected Contract() {}

    public Contract(String number, String customerName) {
        this.number = PhoneNumbers.requireFifty(number);
        this.customerName = customerName;
        this.state = State.ACTIVE;
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

    public boolean sameAs(Contract other) {
        return other != null && id != null && id.equals(other.id);
    }
}
