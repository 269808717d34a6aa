package jp.office050.credentials.entity;

import java.time.Duration;

/** How many consecutive failures lock an ID, and for how long. */
public record LockoutPolicy(int threshold, Duration duration) implements java.io.Serializable {

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
    }

    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(30));
    }
}
