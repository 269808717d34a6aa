package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.office050.it.telephony.Sip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real calls on loopback: SIPp calls an 050 number through Kamailio, which asks the portal for each INVITE and carries
 * the answer out; SIPp plays the line's phone, the forwarding destination (behind the gateway) and the voicemail. The
 * settings are saved on the user's pages, as a user would, and apply to the very next call.
 */
abstract class CallFlowTests extends PortalTests {

    private static final Duration CALL = Duration.ofSeconds(30);
    private static final String SHOWN = "0312345678";

    private Sip sip;
    private String loginId;
    private String number;

    @BeforeEach
    void network() throws Exception {
        sip = Sip.start(base, ApiClient.SWITCH);
        var contract = fixtures.contract(3);
        loginId = contract.loginIds().get(0); // subscribes to every option service
        number = "0508" + loginId.substring(1);
    }

    private PortalClient user() {
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        return user;
    }

    private void forwarding(Map<String, String> fields) {
        var user = user();
        user.get("user/settings/forwarding.xhtml");
        assertThat(user.submit("forwarding", "save", forwardingForm(fields)).body())
                .as("saved")
                .contains("設定を保存しました");
    }

    private String why() throws Exception {
        String log = sip.proxyLog();
        return log.substring(Math.max(0, log.length() - 3000));
    }

    @Test
    void anAnonymousCallRingsUntilTheUserRejectsThemThenGets433() throws Exception {
        try (var phone = sip.phone(number, "200")) {
            assertThat(sip.call(number, "anonymous", "Privacy: id", 200, CALL))
                    .as("rejection off: the line rings and answers; %s", why())
                    .isTrue();
            assertThat(phone.answeredWithin(Duration.ofSeconds(5))).isTrue();
        }

        var user = user();
        user.get("user/settings/anonymous.xhtml");
        assertThat(user.submit("anonymous", "save", Map.of("enabled", "true")).body())
                .contains("設定を保存しました");

        try (var phone = sip.phone(number, "200")) {
            assertThat(sip.call(number, "anonymous", "Privacy: id", 433, CALL))
                    .as("433 Anonymity Disallowed; %s", why())
                    .isTrue();
            assertThat(sip.call(number, SHOWN, null, 200, CALL))
                    .as("a shown number still rings")
                    .isTrue();
            assertThat(phone.answeredWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void forwardAlwaysSendsTheCallToTheDestinationAndTheLineDoesNotRing() throws Exception {
        forwarding(Map.of("always_input", "on", "destination", "09012345678"));
        try (var phone = sip.phone(number, "200");
                var destination = sip.destination("200")) {
            assertThat(sip.call(number, SHOWN, null, 200, CALL)).as(why()).isTrue();
            assertThat(destination.answeredWithin(Duration.ofSeconds(5))).isTrue();
            assertThat(phone.rang()).isFalse();
        }
    }

    @Test
    void aBusyLineForwardsToTheDestination() throws Exception {
        forwarding(Map.of("busy_input", "on", "destination", "09012345678"));
        try (var phone = sip.phone(number, "486");
                var destination = sip.destination("200")) {
            assertThat(sip.call(number, SHOWN, null, 200, CALL)).as(why()).isTrue();
            assertThat(phone.answeredWithin(Duration.ofSeconds(5)))
                    .as("the phone said busy")
                    .isTrue();
            assertThat(destination.answeredWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void anUnansweredCallForwardsAfterTheRingTime() throws Exception {
        forwarding(Map.of("noAnswer_input", "on", "destination", "09012345678", "ringSeconds", "5"));
        try (var phone = sip.phone(number, "never");
                var destination = sip.destination("200")) {
            long started = System.nanoTime();
            assertThat(sip.call(number, SHOWN, null, 200, CALL)).as(why()).isTrue();
            assertThat(destination.answeredWithin(Duration.ofSeconds(5))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            assertThat(phone.answeredWithin(Duration.ofSeconds(5)))
                    .as("the phone rang and was cancelled")
                    .isTrue();
        }
    }

    @Test
    void aLineWithoutARegisteredPhoneForwardsWhenUnreachableElseFailsWith480() throws Exception {
        assertThat(sip.call(number, SHOWN, null, 480, CALL))
                .as("nothing set: 480; %s", why())
                .isTrue();
        forwarding(Map.of("unreachable_input", "on", "destination", "09012345678"));
        try (var destination = sip.destination("200")) {
            assertThat(sip.call(number, SHOWN, null, 200, CALL)).as(why()).isTrue();
            assertThat(destination.answeredWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void voicemailAnswersAnUnansweredCallAfterItsRings() throws Exception {
        forwarding(Map.of("voicemail_input", "on", "voicemailAfterRings", "1"));
        try (var phone = sip.phone(number, "never");
                var voicemail = sip.voicemail()) {
            assertThat(sip.call(number, SHOWN, null, 200, CALL)).as(why()).isTrue();
            assertThat(voicemail.answeredWithin(Duration.ofSeconds(5))).isTrue();
            assertThat(phone.answeredWithin(Duration.ofSeconds(5)))
                    .as("the phone rang first")
                    .isTrue();
        }
    }
}
