package jp.office050.mailaccounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * The one-time link of a My Page registration. Only the SHA-256 hash of the token is kept, so a copy of the table
 * opens nothing. Valid for a set time and for one use; a newer link makes the older ones void.
 */
@Entity
@Table(name = "registration_token")
@NamedQueries({
    @NamedQuery(
            name = RegistrationToken.BY_HASH,
            query = "SELECT t FROM RegistrationToken t WHERE t.tokenHash = :hash"),
    @NamedQuery(
            name = RegistrationToken.OF_ADDRESS_SINCE,
            query = "SELECT t FROM RegistrationToken t WHERE t.address = :address AND t.createdAt >= :since")
})
public class RegistrationToken {

    public static final String BY_HASH = "RegistrationToken.byHash";
    public static final String OF_ADDRESS_SINCE = "RegistrationToken.ofAddressSince";

    public enum State {
        VALID,
        EXPIRED,
        USED
    }

    @Id
    @SequenceGenerator(name = "registration_token_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_token_ids")
    private Long id;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RegistrationToken() {}

    public RegistrationToken(String address, String tokenHash, Instant now, Duration validity) {
        this.address = address;
        this.tokenHash = tokenHash;
        this.createdAt = Utc.column(now);
        this.expiresAt = Utc.column(now.plus(validity));
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(Utc.instant(expiresAt)) ? State.VALID : State.EXPIRED;
    }

    /** Spends the link. Only a valid one can be spent. */
    public void use(Instant now) {
        if (state(now) != State.VALID) {
            throw new IllegalStateException("registration link is " + state(now));
        }
        usedAt = Utc.column(now);
    }

    /** Made void by a newer link to the same address: it counts as used. */
    public void supersede(Instant now) {
        if (usedAt == null) {
            usedAt = Utc.column(now);
        }
    }

    public String getAddress() {
        return address;
    }
}
