package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The failures of an identifier the portal does not know, counted and locked exactly like a known one's, so that
 * neither the answer nor its time tells whether an identifier exists. Kept under a keyed hash of the identifier,
 * never the identifier itself, and deleted once nothing about it counts any more.
 */
@Entity
@Table(name = "unknown_identifier")
@NamedQuery(
        name = UnknownIdentifier.SPENT,
        query = "DELETE FROM UnknownIdentifier u"
                + " WHERE (u.lockout.lockedUntil IS NULL OR u.lockout.lockedUntil <= :now)"
                + " AND (u.lockout.failuresExpireAt IS NULL OR u.lockout.failuresExpireAt <= :now)")
public class UnknownIdentifier {

    /** Deletes the rows whose lock and failure window have both ended (parameter {@code now}, UTC). */
    public static final String SPENT = "UnknownIdentifier.spent";

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Embedded
    private Lockout lockout = new Lockout();

    protected UnknownIdentifier() {}

    public UnknownIdentifier(String keyHash) {
        this.keyHash = keyHash;
    }

    public Lockout lockout() {
        return lockout;
    }
}
