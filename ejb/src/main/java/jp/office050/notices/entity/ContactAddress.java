package jp.office050.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.office050.platform.entity.Utc;

/**
 * Where a line's user wants notices (its lock, a release, a reset by the administrator): an address proved by a link
 * sent to it, and the language of the page where it was given. A new address waits for its link while the proved
 * one keeps receiving.
 */
@Entity
@Table(name = "contact_address")
@NamedQuery(name = ContactAddress.BY_TOKEN, query = "SELECT c FROM ContactAddress c WHERE c.tokenHash = :hash")
public class ContactAddress {

    public static final String BY_TOKEN = "ContactAddress.byToken";

    @Id
    @Column(name = "line_id")
    private Long lineId;

    @Column(length = 254)
    private String address;

    @Column(length = 8)
    private String language;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "pending_address", length = 254)
    private String pendingAddress;

    @Column(name = "pending_language", length = 8)
    private String pendingLanguage;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_expires_at")
    private LocalDateTime tokenExpiresAt;

    @Version
    private long version;

    protected ContactAddress() {}

    public ContactAddress(long lineId) {
        this.lineId = lineId;
    }

    /** A new address waits for the link sent to it (an earlier link stops working). */
    public void propose(String newAddress, String newLanguage, String newTokenHash, Instant expiresAt) {
        pendingAddress = newAddress;
        pendingLanguage = newLanguage;
        tokenHash = newTokenHash;
        tokenExpiresAt = Utc.column(expiresAt);
    }

    /** Whether a link was sent after {@code since} (a link works for {@code validity} from when it was sent). */
    public boolean linkSentAfter(Instant since, java.time.Duration validity) {
        return tokenExpiresAt != null
                && Utc.instant(tokenExpiresAt).minus(validity).isAfter(since);
    }

    /** The link was followed in time: its address receives the notices from now on. */
    public boolean verify(Instant now) {
        if (pendingAddress == null || tokenExpiresAt == null || now.isAfter(Utc.instant(tokenExpiresAt))) {
            return false;
        }
        address = pendingAddress;
        language = pendingLanguage;
        verifiedAt = Utc.column(now);
        pendingAddress = null;
        pendingLanguage = null;
        tokenHash = null;
        tokenExpiresAt = null;
        return true;
    }

    /** No more notices, and no link waiting. */
    public void remove() {
        address = null;
        language = null;
        verifiedAt = null;
        pendingAddress = null;
        pendingLanguage = null;
        tokenHash = null;
        tokenExpiresAt = null;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public String language() {
        return language;
    }

    public Optional<String> pendingAddress() {
        return Optional.ofNullable(pendingAddress);
    }

    public Long getLineId() {
        return lineId;
    }
}
