package jp.office050.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * The first answer to a request that carried an {@code Idempotency-Key}, kept for a day so that a retry gets the same
 * answer and creates nothing twice. The body is sealed (it may hold an initial password); the request's fingerprint
 * tells a retry from another request that reuses the key.
 */
@Entity
@Table(name = "api_request")
@NamedQuery(name = StoredAnswer.OLDER_THAN, query = "DELETE FROM StoredAnswer a WHERE a.createdAt < :before")
public class StoredAnswer {

    public static final String OLDER_THAN = "StoredAnswer.olderThan";

    /** The longest key a client may send. */
    public static final int KEY_LENGTH = 200;

    /** The token's name and the client's key: keys of two tokens never meet. */
    @Id
    @Column(name = "request_key", length = 300)
    private String requestKey;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location", length = 500)
    private String location;

    @Column(name = "etag", length = 40)
    private String etag;

    @Column(name = "body_sealed")
    private String sealedBody;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StoredAnswer() {}

    public StoredAnswer(String tokenName, String idempotencyKey, String fingerprint, Instant now) {
        this.requestKey = keyOf(tokenName, idempotencyKey);
        this.fingerprint = fingerprint;
        this.createdAt = Utc.column(now);
    }

    public static String keyOf(String tokenName, String idempotencyKey) {
        return tokenName + " " + idempotencyKey;
    }

    public void answered(int status, String location, String etag, String sealedBody) {
        this.status = status;
        this.location = location;
        this.etag = etag;
        this.sealedBody = sealedBody;
    }

    public boolean olderThan(Instant moment) {
        return Utc.instant(createdAt).isBefore(moment);
    }

    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public int getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    public String getEtag() {
        return etag;
    }

    public String getSealedBody() {
        return sealedBody;
    }
}
