package jp.office050.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:23:00Z");

    @Test
    void eventsOlderThanTheRetentionExpire() {
        assertThat(AuditRetention.cutoff(NOW, 400)).contains(Instant.parse("2025-10-28T03:23:00Z"));
    }

    @Test
    void aRetentionOfZeroKeepsEveryEvent() {
        assertThat(AuditRetention.cutoff(NOW, 0)).isEmpty();
        assertThat(AuditRetention.cutoff(NOW, -3)).isEmpty();
    }
}
