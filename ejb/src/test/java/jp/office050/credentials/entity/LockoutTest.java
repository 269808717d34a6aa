package jp.office050.credentials.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutTest {

    private static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(30);
    private static final LockoutPolicy THREE_STRIKES = new LockoutPolicy(3, LOCK);

    private final Lockout lockout = new Lockout();

    /** Admits {@code times} attempts, one second apart from {@code from}; returns the instant of the last one. */
    private Instant admitRepeatedly(int times, Instant from) {
        Instant at = from;
        for (int i = 0; i < times; i++) {
            at = from.plusSeconds(i);
            lockout.admit(at, THREE_STRIKES);
        }
        return at;
    }

    @Test
    void aFreshIdIsNotLockedAndHasNoFailures() {
        assertThat(lockout.isLocked(T0)).isFalse();
        assertThat(lockout.lockedUntil(T0)).isEmpty();
        assertThat(lockout.failures(T0)).isZero();
    }

    @Test
    void eachAdmissionCountsAsAFailureBeforeThePasswordIsChecked() {
        assertThat(lockout.admit(T0, THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.failures(T0)).isEqualTo(1);

        assertThat(lockout.admit(T0.plusSeconds(1), THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.failures(T0.plusSeconds(1))).isEqualTo(2);
        assertThat(lockout.isLocked(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void theThresholdthAdmissionIsTheLastChanceAndSetsTheLock() {
        admitRepeatedly(2, T0);
        Instant third = T0.plusSeconds(10);

        assertThat(lockout.admit(third, THREE_STRIKES)).isEqualTo(Admission.ADMITTED_LAST_CHANCE);

        assertThat(lockout.failures(third)).isEqualTo(3);
        assertThat(lockout.isLocked(third)).isTrue();
        assertThat(lockout.lockedUntil(third)).contains(third.plus(LOCK));
    }

    @Test
    void aThresholdOfOneLocksOnTheFirstAdmission() {
        var policy = new LockoutPolicy(1, LOCK);

        assertThat(lockout.admit(T0, policy)).isEqualTo(Admission.ADMITTED_LAST_CHANCE);
        assertThat(lockout.lockedUntil(T0)).contains(T0.plus(LOCK));
    }

    @Test
    void whileLockedAttemptsAreRefusedAndNotCounted() {
        Instant last = admitRepeatedly(3, T0);
        Instant until = last.plus(LOCK);

        for (Instant during : new Instant[] {last, last.plusSeconds(1), until.minusNanos(1)}) {
            assertThat(lockout.admit(during, THREE_STRIKES)).isEqualTo(Admission.REFUSED_LOCKED);
        }

        assertThat(lockout.failures(until.minusNanos(1))).isEqualTo(3);
        assertThat(lockout.lockedUntil(until.minusNanos(1)))
                .as("refused attempts do not extend the lock")
                .contains(until);
    }

    @Test
    void theLockEndsExactlyAtItsEndInstant() {
        Instant last = admitRepeatedly(3, T0);
        Instant until = last.plus(LOCK);

        assertThat(lockout.isLocked(until.minusNanos(1))).isTrue();
        assertThat(lockout.lockedUntil(until.minusNanos(1))).contains(until);
        assertThat(lockout.failures(until.minusNanos(1))).isEqualTo(3);

        assertThat(lockout.isLocked(until)).isFalse();
        assertThat(lockout.lockedUntil(until)).isEmpty();
        assertThat(lockout.failures(until)).isZero();
    }

    @Test
    void afterTheLockHasPassedTheCountRestartsFromOne() {
        Instant last = admitRepeatedly(3, T0);
        Instant until = last.plus(LOCK);

        assertThat(lockout.admit(until, THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.failures(until)).isEqualTo(1);
        assertThat(lockout.isLocked(until)).isFalse();

        assertThat(lockout.admit(until.plusSeconds(1), THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.admit(until.plusSeconds(2), THREE_STRIKES)).isEqualTo(Admission.ADMITTED_LAST_CHANCE);
        assertThat(lockout.lockedUntil(until.plusSeconds(2)))
                .contains(until.plusSeconds(2).plus(LOCK));
    }

    @Test
    void aSuccessTakesBackTheCountedFailures() {
        admitRepeatedly(2, T0);

        lockout.succeeded();

        assertThat(lockout.failures(T0)).isZero();
        assertThat(lockout.admit(T0.plusSeconds(5), THREE_STRIKES))
                .as("a full set of attempts is available again")
                .isEqualTo(Admission.ADMITTED);
        assertThat(lockout.admit(T0.plusSeconds(6), THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.admit(T0.plusSeconds(7), THREE_STRIKES)).isEqualTo(Admission.ADMITTED_LAST_CHANCE);
    }

    @Test
    void theRightPasswordOnTheLastChanceLeavesTheIdUnlocked() {
        Instant last = admitRepeatedly(3, T0);
        assertThat(lockout.isLocked(last)).isTrue();

        lockout.succeeded();

        assertThat(lockout.isLocked(last)).isFalse();
        assertThat(lockout.lockedUntil(last)).isEmpty();
        assertThat(lockout.failures(last)).isZero();
    }

    @Test
    void releaseLiftsALockBeforeItsTime() {
        Instant last = admitRepeatedly(3, T0);

        lockout.release();

        Instant soon = last.plusSeconds(60);
        assertThat(lockout.isLocked(soon)).isFalse();
        assertThat(lockout.failures(soon)).isZero();
        assertThat(lockout.admit(soon, THREE_STRIKES)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.failures(soon)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"REFUSED_LOCKED, false", "ADMITTED, true", "ADMITTED_LAST_CHANCE, true"})
    void onlyARefusalKeepsThePasswordFromBeingChecked(Admission admission, boolean admitted) {
        assertThat(admission.admitted()).isEqualTo(admitted);
    }

    @ParameterizedTest
    @CsvSource({"0, PT30M, PT30M", "-1, PT30M, PT30M", "5, PT0S, PT30M", "5, PT-1M, PT30M", "5, PT30M, PT0S"})
    void aPolicyNeedsAPositiveThresholdDurationAndWindow(int threshold, Duration duration, Duration window) {
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(threshold, duration, window));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        var policy = new LockoutPolicy(3, LOCK, Duration.ofMinutes(10));
        lockout.admit(T0, policy);
        lockout.admit(T0.plusSeconds(60), policy);

        Instant afterWindow = T0.plusSeconds(60).plus(Duration.ofMinutes(10));
        assertThat(lockout.failures(afterWindow.minusSeconds(1))).isEqualTo(2);
        assertThat(lockout.failures(afterWindow)).isZero();
        assertThat(lockout.admit(afterWindow, policy)).isEqualTo(Admission.ADMITTED);
        assertThat(lockout.failures(afterWindow)).isEqualTo(1);
    }

    @Test
    void eachFailureWithinTheWindowExtendsIt() {
        var policy = new LockoutPolicy(3, LOCK, Duration.ofMinutes(10));
        lockout.admit(T0, policy);
        lockout.admit(T0.plus(Duration.ofMinutes(9)), policy);

        assertThat(lockout.admit(T0.plus(Duration.ofMinutes(18)), policy)).isEqualTo(Admission.ADMITTED_LAST_CHANCE);
        assertThat(lockout.isLocked(T0.plus(Duration.ofMinutes(18)))).isTrue();
    }

    @Test
    void aLockLongerThanTheWindowStillLastsItsFullTime() {
        var policy = new LockoutPolicy(1, Duration.ofMinutes(60), Duration.ofMinutes(10));
        lockout.admit(T0, policy);

        Instant later = T0.plus(Duration.ofMinutes(30));
        assertThat(lockout.isLocked(later)).isTrue();
        assertThat(lockout.admit(later, policy)).isEqualTo(Admission.REFUSED_LOCKED);
        assertThat(lockout.failures(later)).isEqualTo(1);
    }

    @Test
    void anAttemptThatCouldNotBeJudgedIsTakenBackWithoutTouchingEarlierFailures() {
        Admission first = lockout.admit(T0, THREE_STRIKES);
        lockout.admit(T0.plusSeconds(1), THREE_STRIKES);

        lockout.withdraw(first);

        assertThat(lockout.failures(T0.plusSeconds(2))).isEqualTo(1);
        assertThat(lockout.isLocked(T0.plusSeconds(2))).isFalse();
    }

    @Test
    void takingBackTheAttemptThatLockedAlsoLiftsTheLock() {
        admitRepeatedly(2, T0);
        Admission last = lockout.admit(T0.plusSeconds(5), THREE_STRIKES);
        assertThat(last).isEqualTo(Admission.ADMITTED_LAST_CHANCE);

        lockout.withdraw(last);

        assertThat(lockout.isLocked(T0.plusSeconds(6))).isFalse();
        assertThat(lockout.failures(T0.plusSeconds(6))).isEqualTo(2);
    }

    @Test
    void aRefusedAttemptHasNothingToTakeBack() {
        Instant locking = admitRepeatedly(3, T0);
        Admission refused = lockout.admit(locking.plusSeconds(1), THREE_STRIKES);
        assertThat(refused).isEqualTo(Admission.REFUSED_LOCKED);

        lockout.withdraw(refused);

        assertThat(lockout.isLocked(locking.plusSeconds(2))).isTrue();
        assertThat(lockout.failures(locking.plusSeconds(2))).isEqualTo(3);
    }
}
