package jp.office050.notices.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactAddressTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");

    @Test
    void aProposedAddressReceivesNothingUntilItsLinkIsFollowedInTime() {
        var contact = new ContactAddress(7);
        contact.propose("new@example.jp", "en", "hash", NOW.plus(Duration.ofHours(24)));

        assertThat(contact.address()).isEmpty();
        assertThat(contact.verify(NOW.plus(Duration.ofHours(25)))).isFalse();
        assertThat(contact.verify(NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(contact.address()).contains("new@example.jp");
        assertThat(contact.language()).isEqualTo("en");
        assertThat(contact.verify(NOW.plus(Duration.ofHours(2))))
                .as("a link works once")
                .isFalse();
    }

    @Test
    void theProvedAddressKeepsReceivingWhileANewOneWaits() {
        var contact = new ContactAddress(7);
        contact.propose("old@example.jp", "ja", "h1", NOW.plus(Duration.ofHours(24)));
        contact.verify(NOW);
        contact.propose("new@example.jp", "ja", "h2", NOW.plus(Duration.ofHours(24)));

        assertThat(contact.address()).contains("old@example.jp");
        assertThat(contact.pendingAddress()).contains("new@example.jp");
        assertThat(contact.linkSentAfter(NOW.minusSeconds(60), Duration.ofHours(24)))
                .isTrue();
        assertThat(contact.linkSentAfter(NOW.plusSeconds(60), Duration.ofHours(24)))
                .isFalse();

        contact.remove();
        assertThat(contact.address()).isEmpty();
        assertThat(contact.pendingAddress()).isEmpty();
    }
}
