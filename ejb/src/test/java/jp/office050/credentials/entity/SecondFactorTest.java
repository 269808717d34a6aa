package jp.office050.credentials.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    @Test
    void aCodeIsAcceptedOnceAndOnlyForALaterStepThanTheLast() {
        var factor = new SecondFactor();
        factor.enrol("sealed", 100, Instant.parse("2026-12-02T20:00:00Z"));

        assertThat(factor.use(100)).as("the enrolment's own code").isFalse();
        assertThat(factor.use(101)).isTrue();
        assertThat(factor.use(101)).as("the same code again").isFalse();
        assertThat(factor.use(100)).as("an older one").isFalse();
        assertThat(factor.use(102)).isTrue();
    }

    @Test
    void aRemovedFactorIsNoFactor() {
        var factor = new SecondFactor();
        assertThat(factor.isEnrolled()).isFalse();
        factor.enrol("sealed", 1, Instant.now());
        assertThat(factor.isEnrolled()).isTrue();

        factor.remove();

        assertThat(factor.isEnrolled()).isFalse();
        assertThat(factor.enrolledAt()).isNull();
        assertThat(factor.use(1)).isTrue();
    }
}
