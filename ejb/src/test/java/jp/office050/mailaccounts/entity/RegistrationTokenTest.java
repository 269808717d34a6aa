package jp.office050.mailaccounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import jp.office050.mailaccounts.entity.RegistrationToken.State;
import org.junit.jupiter.api.Test;

class RegistrationTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private final RegistrationToken token = new RegistrationToken("someone@example.org", "hash", T0, DAY);

    @Test
    void aLinkIsValidForItsWholePeriodAndExpiredFromItsEnd() {
        assertThat(token.state(T0)).isEqualTo(State.VALID);
        assertThat(token.state(T0.plus(DAY).minusMillis(1))).isEqualTo(State.VALID);
        assertThat(token.state(T0.plus(DAY))).isEqualTo(State.EXPIRED);
    }

    @Test
    void aLinkWorksOnce() {
        token.use(T0.plusSeconds(10));

        assertThat(token.state(T0.plusSeconds(11))).isEqualTo(State.USED);
        assertThatIllegalStateException().isThrownBy(() -> token.use(T0.plusSeconds(12)));
    }

    @Test
    void anExpiredLinkCannotBeSpent() {
        assertThatIllegalStateException()
                .isThrownBy(() -> token.use(T0.plus(DAY).plusSeconds(1)));
        assertThat(token.state(T0.plus(DAY).plusSeconds(2))).isEqualTo(State.EXPIRED);
    }

    @Test
    void aNewerLinkMakesThisOneVoid() {
        token.supersede(T0.plusSeconds(5));

        assertThat(token.state(T0.plusSeconds(6))).isEqualTo(State.USED);
    }
}
