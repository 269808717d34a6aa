package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The telephony platform's question for each incoming call: the answer follows the settings saved on the pages (by the
 * user or an administrator's proxy window) from the very next call, and only the platform's token may ask.
 */
abstract class RoutingTests extends PortalTests {

    private Fixtures.TestContract contract;
    private String loginId;
    private String number;
    private ApiClient platform;

    @BeforeEach
    void line() {
        contract = fixtures.contract(3);
        loginId = contract.loginIds().get(0); // subscribes to every option service
        number = numberOf(loginId);
        platform = new ApiClient(base, ApiClient.SWITCH);
    }

    private static String numberOf(String loginId) {
        return "0508" + loginId.substring(1);
    }

    private JsonObject route(String called, String caller, String privacy) {
        var answer = platform.get("routing?called=" + called + (caller == null ? "" : "&caller=" + encode(caller))
                + (privacy == null ? "" : "&privacy=" + encode(privacy)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private PortalClient user() {
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        return user;
    }

    @Test
    void aLineWithNothingSetRingsAndAnUnknownNumberIsUnknown() {
        var ring = route(number, "0312345678", null);
        assertThat(ring.getString("action")).isEqualTo("ring");
        assertThat(ring.getString("line")).isEqualTo(number);
        assertThat(ring.getInt("timeout")).isZero();
        assertThat(ring.containsKey("onBusy")).isFalse();

        var unknown = route("05099999999", "0312345678", null);
        assertThat(unknown.getString("action")).isEqualTo("unknown");
        assertThat(unknown.getInt("status")).isEqualTo(404);
    }

    @Test
    void anonymousRejectionSavedByTheUserAppliesToTheNextCall() {
        assertThat(route(number, "anonymous", "id").getString("action")).isEqualTo("ring");

        var user = user();
        user.get("user/settings/anonymous.xhtml");
        assertThat(user.submit("anonymous", "save", Map.of("enabled", "true")).body())
                .contains("設定を保存しました");

        var refused = route(number, "anonymous", "id");
        assertThat(refused.getString("action")).isEqualTo("reject");
        assertThat(refused.getInt("status")).isEqualTo(433);
        assertThat(refused.getString("reason")).isEqualTo("Anonymity Disallowed");
        assertThat(refused.getString("announcement")).contains("186");
        assertThat(route(number, null, null).getString("action"))
                .as("no caller at all")
                .isEqualTo("reject");
        assertThat(route(number, "0312345678", "id").getString("action"))
                .as("Privacy: id")
                .isEqualTo("reject");
        assertThat(route(number, "0312345678", null).getString("action"))
                .as("a shown number")
                .isEqualTo("ring");
    }

    @Test
    void forwardingAndVoicemailSavedThroughTheProxyWindowApplyToTheNextCall() {
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String grant = ProxyTests.openProxy(admin, fixtures.lineId(loginId));
        admin.get("admin/proxy/forwarding.xhtml?grant=" + grant);
        admin.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of(
                        "busy_input", "on",
                        "noAnswer_input", "on",
                        "destination", "09012345678",
                        "ringSeconds", "15",
                        "voicemail_input", "on",
                        "voicemailAfterRings", "4")));

        var ring = route(number, "0312345678", null);
        assertThat(ring.getString("action")).isEqualTo("ring");
        assertThat(ring.getInt("timeout")).isEqualTo(15);
        assertThat(ring.getJsonObject("onBusy").getString("action")).isEqualTo("forward");
        assertThat(ring.getJsonObject("onBusy").getString("target")).isEqualTo("09012345678");
        assertThat(ring.getJsonObject("onNoAnswer").getString("target")).isEqualTo("09012345678");
        assertThat(ring.getJsonObject("onUnreachable").getString("action")).isEqualTo("voicemail");

        admin.get("admin/proxy/forwarding.xhtml?grant=" + grant);
        admin.submit("forwarding", "save", forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));
        var forward = route(number, "0312345678", null);
        assertThat(forward.getString("action")).isEqualTo("forward");
        assertThat(forward.getString("target")).isEqualTo("0312345678");
    }

    @Test
    void aSuspendedContractRefusesCallsAndAMultipleNumberLineSimplyRings() {
        String multiple = numberOf(contract.multipleNumberLoginId());
        assertThat(route(multiple, "anonymous", null).getString("action")).isEqualTo("ring");

        var orders = new ApiClient(base, ApiClient.ORDERS);
        assertThat(orders.post("contracts/" + contract.number() + "/suspend", null, Map.of("If-Match", "*"))
                        .status())
                .isEqualTo(200);
        var refused = route(number, "0312345678", null);
        assertThat(refused.getString("action")).isEqualTo("reject");
        assertThat(refused.getInt("status")).isEqualTo(480);
    }

    @Test
    void onlyThePlatformsTokenMayAskAndBadNumbersAreRefused() {
        assertThat(new ApiClient(base, null).get("routing?called=" + number).status())
                .isEqualTo(401);
        assertThat(new ApiClient(base, ApiClient.ORDERS)
                        .get("routing?called=" + number)
                        .status())
                .isEqualTo(403);
        var malformed = platform.get("routing?called=0312345678");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.reasonFor("called")).contains("050");
        assertThat(platform.get("routing").status()).isEqualTo(400);
        var posted = platform.post("routing?called=" + number, "{}");
        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.json().getString("type")).endsWith("/http-405");
        assertThat(fixtures.auditAbout("/api/v1/routing"))
                .as("refusals and failures are audited in the token's name; answers are not")
                .contains("API_CALL REFUSED operator:orders 127.0.0.1", "API_CALL FAILED operator:switch 127.0.0.1")
                .allMatch(event -> !event.contains("SUCCEEDED"));
        assertThat(route(number, "9".repeat(2000), null).getString("action"))
                .as("an oversized caller")
                .isEqualTo("ring");
        var user = user();
        assertThat(user.fetch("api/v1/routing?called=" + number).status())
                .as("a session opens no API")
                .isEqualTo(401);
    }
}
