package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * An authenticator app enrolled as the second factor (RFC 6238): its shared secret, sealed, and the last time step a
 * code was accepted for, so that a code seen once (over a shoulder, in a proxy log) opens nothing a second time.
 */
@Embeddable
public class SecondFactor {

    @Column(name = "totp_secret", length = 200)
    private String sealedSecret;

    @Column(name = "totp_enrolled_at")
    private LocalDateTime enrolledAt;

    @Column(name = "totp_last_step")
    private Long lastStep;

    public boolean isEnrolled() {
        return sealedSecret != null;
    }

    public String sealedSecret() {
        return sealedSecret;
    }

    public Instant enrolledAt() {
        return Utc.instant(enrolledAt);
    }

    /** Enrolled with the code of {@code step}, which is then used. */
    public void enrol(String sealed, long step, Instant now) {
        this.sealedSecret = sealed;
        this.enrolledAt = Utc.column(now);
        this.lastStep = step;
    }

    /** Accepts a right code of {@code step} once: only a step after the last accepted one. */
    public boolean use(long step) {
        if (lastStep != null && step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }

    /** No second factor any more (the provider's reset). */
    public void remove() {
        sealedSecret = null;
        enrolledAt = null;
        lastStep = null;
    }
}
