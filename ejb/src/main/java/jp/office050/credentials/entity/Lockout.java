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
 * no password is checked once the threshold is reached.
 */
@Embeddable
public class Lockout {

    @Column(name = "failure_count", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(Utc.instant(lockedUntil));
    }

    public Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(Utc.instant(lockedUntil)) : Optional.empty();
    }

    public int failures(Instant now) {
        return lockEnded(now) ? 0 : failures;
    }

    public Admission admit(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return Admission.REFUSED_LOCKED;
        }
        if (lockEnded(now)) {
            release();
        }
        failures++;
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
    }

    private boolean lockEnded(Instant now) {
        return lockedUntil != null && !now.isBefore(Utc.instant(lockedUntil));
    }
}
