package jp.office050.notices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");

    @Test
    void aNewNoticeIsDueAtOnceAndAClaimedOneIsNotDueForAnotherInstance() {
        var notice = new Notice("u@example.jp", "subject", "body", NOW);
        assertThat(notice.isDue(NOW)).isTrue();

        notice.claim(NOW);

        assertThat(notice.isDue(NOW.plusSeconds(60))).isFalse();
        assertThat(notice.attempts()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsTriedAgainLaterEachTimeThenGivenUp() {
        var notice = new Notice("u@example.jp", "subject", "body", NOW);
        Duration first = Duration.ofMinutes(1);

        notice.claim(NOW);
        notice.failed(NOW, "refused", first);
        assertThat(notice.nextAttemptAt()).isEqualTo(NOW.plus(first));
        notice.claim(NOW);
        notice.failed(NOW, "refused", first);
        assertThat(notice.nextAttemptAt()).isEqualTo(NOW.plus(first.multipliedBy(2)));
        for (int i = 2; i < Notice.MAX_ATTEMPTS; i++) {
            assertThat(notice.isGivenUp()).isFalse();
            notice.claim(NOW);
            notice.failed(NOW, "refused", first);
        }
        assertThat(notice.isGivenUp()).isTrue();
        assertThat(notice.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aSentNoticeIsNotSentAgain() {
        var notice = new Notice("u@example.jp", "subject", "body", NOW);
        notice.claim(NOW);
        notice.sent(NOW);

        assertThat(notice.isSent()).isTrue();
        assertThat(notice.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }
}
