package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * A password as the portal keeps it: its hash (with the parameters), whether it is a temporary one, and until when a
 * temporary one works.
 */
@Embeddable
public class StoredPassword {

    @Column(name = "password_hash")
    private String hash;

    @Column(name = "password_temporary", nullable = false)
    private boolean temporary;

    @Column(name = "password_expires_at")
    private LocalDateTime expiresAt;

    protected StoredPassword() {}

    private StoredPassword(String hash, boolean temporary, Instant expiresAt) {
        this.hash = hash;
        this.temporary = temporary;
        this.expiresAt = Utc.column(expiresAt);
    }

    public static StoredPassword chosen(String hash) {
        return new StoredPassword(hash, false, null);
    }

    /** No password kept here: the account is verified elsewhere (the provider's mail directory). */
    public static StoredPassword none() {
        return new StoredPassword(null, false, null);
    }

    /**
     * A password someone else chose or generated: good for the next login only, then it must be changed; unused, it
     * stops working at {@code expiresAt}.
     */
    public static StoredPassword temporary(String hash, Instant expiresAt) {
        if (expiresAt == null) {
            throw new IllegalArgumentException("a temporary password needs an expiry");
        }
        return new StoredPassword(hash, true, expiresAt);
    }

    public String hash() {
        return hash;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** A temporary password past its time: only a new reset helps. */
    public boolean isExpired(Instant now) {
        return temporary && expiresAt != null && !now.isBefore(Utc.instant(expiresAt));
    }

    public StoredPassword rehashed(String newHash) {
        return new StoredPassword(newHash, temporary, Utc.instant(expiresAt));
    }
}
