package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.office050.platform.entity.Utc;

/**
 * Consecutive authentication failures of one ID and the lock they cause.
 *
 * <p>An attempt is counted as a failure when it is admitted, before its password is checked, and a success takes the
 * count back. Admission runs under a row lock, so concurrent attempts on several instances are each counted once and
 * no password is checked once the threshold is reached. Failures count within a window after the last one; after
 * it (or after a lock has ended) the count starts again from zero.
 */
@Embeddable
public class Lockout {

    @Column(name = "failure_count", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "failures_expire_at")
    private LocalDateTime failuresExpireAt;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(Utc.instant(lockedUntil));
    }

    public Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(Utc.instant(lockedUntil)) : Optional.empty();
    }

    public int failures(Instant now) {
        return lapsed(now) ? 0 : failures;
    }

    public Admission admit(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return Admission.REFUSED_LOCKED;
        }
        if (lapsed(now)) {
            release();
        }
        failures++;
        failuresExpireAt = Utc.column(now.plus(policy.window()));
        if (failures >= policy.threshold()) {
            lockedUntil = Utc.column(now.plus(policy.duration()));
            return Admission.ADMITTED_LAST_CHANCE;
        }
        return Admission.ADMITTED;
    }

    /**
     * Takes back an admitted attempt whose password could not be judged (the directory did not answer): it was no
     * failure of the person's, so it neither counts nor locks.
     */
    public void withdraw(Admission admission) {
        if (!admission.admitted()) {
            return;
        }
        failures = Math.max(0, failures - 1);
        if (admission == Admission.ADMITTED_LAST_CHANCE) {
            lockedUntil = null;
        }
    }

    public void succeeded() {
        release();
    }

    public void release() {
        failures = 0;
        lockedUntil = null;
        failuresExpireAt = null;
    }

    /** A lock that has ended, or failures older than the window, count no more. */
    private boolean lapsed(Instant now) {
        if (isLocked(now)) {
            return false;
        }
        boolean lockEnded = lockedUntil != null;
        return lockEnded || failuresExpireAt != null && !now.isBefore(Utc.instant(failuresExpireAt));
    }
}
