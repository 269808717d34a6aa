package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticatorsTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" in Base32, at 59 s the code is 287082. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final Authenticators authenticators = new Authenticators();

    @Test
    void theRfcTestVectorIsRightForItsTimeStep() {
        Instant at = Instant.ofEpochSecond(59);

        assertThat(authenticators.stepOf(RFC_SECRET, "287082", at)).hasValue(1);
        assertThat(authenticators.stepOf(RFC_SECRET, "287 082", at)).hasValue(1);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoAway() throws Exception {
        String secret = authenticators.newSecret();
        Instant now = Instant.parse("2026-12-02T20:00:10Z");
        long step = Authenticators.step(now);
        var generator = new DefaultCodeGenerator();

        assertThat(authenticators.stepOf(secret, generator.generate(secret, step - 1), now))
                .hasValue(step - 1);
        assertThat(authenticators.stepOf(secret, generator.generate(secret, step + 1), now))
                .hasValue(step + 1);
        String twoAway = generator.generate(secret, step + 2);
        if (!twoAway.equals(generator.generate(secret, step))
                && !twoAway.equals(generator.generate(secret, step - 1))
                && !twoAway.equals(generator.generate(secret, step + 1))) {
            assertThat(authenticators.stepOf(secret, twoAway, now)).isEmpty();
        }
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(authenticators.stepOf(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(authenticators.stepOf(RFC_SECRET, "2870822", now)).isEmpty();
        assertThat(authenticators.stepOf(RFC_SECRET, null, now)).isEmpty();
        assertThat(Authenticators.looksLikeCode("abcd-efgh")).isFalse();
    }

    @Test
    void recoveryCodesAreTenDifferentOnesAndTypedInAnyCaseOrSpacing() {
        var codes = authenticators.newRecoveryCodes();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        String code = codes.get(0);
        assertThat(Authenticators.recoveryHash(" " + code.toUpperCase() + " "))
                .isEqualTo(Authenticators.recoveryHash(code));
        assertThat(Authenticators.recoveryHash(codes.get(1))).isNotEqualTo(Authenticators.recoveryHash(code));
    }

    @Test
    void theQrCodeIsAPngDataUri() {
        assertThat(authenticators.qrCode("ISP Office050", "A0000001", RFC_SECRET))
                .startsWith("data:image/png;base64,");
    }
}
