package jp.office050.credentials.entity;

import java.time.Duration;

/**
 * How many consecutive failures lock an ID, for how long, and how long a failure keeps counting: a failure older
 * than the window no longer counts towards the lock.
 */
public record LockoutPolicy(int threshold, Duration duration, Duration window) implements java.io.Serializable {

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /** Failures count for as long as a lock lasts. */
    public LockoutPolicy(int threshold, Duration duration) {
        this(threshold, duration, duration);
    }
}
