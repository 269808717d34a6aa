package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The option-service pages of the user settings site: saving, refusing, conflicts, subscriptions, the summary. */
abstract class OptionsTests extends PortalTests {

    static final String NOTHING_SET = "着信は呼び出し続けます";

    TestContract contract;
    String loginId;

    @BeforeEach
    void contract() throws Exception {
        contract = fixtures.contract(2);
        loginId = contract.loginIds().get(0);
    }

    @Test
    void forwardingIsSavedAndTheSummarySaysWhatHappensWhenSomeoneCalls() {
        var user = signedIn();
        assertThat(user.get("user/settings/index.xhtml").body()).contains(NOTHING_SET, "転送・留守番サービス");
        user.get("user/settings/forwarding.xhtml");

        var saved = user.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of(
                        "noAnswer_input",
                        "on",
                        "destination",
                        "090-1234-5678",
                        "ringSeconds",
                        "15",
                        "voicemail_input",
                        "on")));

        assertThat(saved.body())
                .contains("設定を保存しました", "15秒呼び出して応答がなければ 09012345678 に転送します")
                .contains("話し中のときは留守番電話で応答します")
                .doesNotContain(NOTHING_SET);
        assertThat(user.get("user/settings/index.xhtml").body()).contains("15秒呼び出して応答がなければ 09012345678");
        assertThat(fixtures.auditAbout("line:" + loginId))
                .first()
                .asString()
                .startsWith("FORWARDING_CHANGE SUCCEEDED user:" + loginId);
    }

    @Test
    void refusedValuesAreExplainedAtTheirFieldsAndNothingIsSaved() {
        var user = signedIn();
        user.get("user/settings/forwarding.xhtml");

        var emergency = user.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of("always_input", "on", "destination", "119", "ringSeconds", "70")));
        assertThat(emergency.body()).contains("緊急通報番号").doesNotContain("設定を保存しました");
        var range = user.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of("always_input", "on", "destination", "0312345678", "ringSeconds", "70")));
        assertThat(range.body()).contains("呼び出し時間は5秒から60秒の間で入力してください");
        var ownNumber = user.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of(
                        "busy_input",
                        "on",
                        "destination",
                        "0508" + contract.adminId().substring(1) + "0")));
        assertThat(ownNumber.body()).contains("この利用者番号自身には転送できません");
        var noDestination = user.submit("forwarding", "save", forwardingForm(Map.of("busy_input", "on")));
        assertThat(noDestination.body()).contains("転送先電話番号を入力してください");
        var customGreeting = user.submit(
                "forwarding",
                "save",
                forwardingForm(Map.of("voicemail_input", "on", "greeting", "CUSTOM", "greetingText", " ")));
        assertThat(customGreeting.body()).contains("文面を入力してください");

        assertThat(user.get("user/settings/index.xhtml").body()).contains(NOTHING_SET);
        assertThat(fixtures.auditAbout("line:" + loginId)).noneMatch(e -> e.startsWith("FORWARDING_CHANGE"));
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeIsRefusedAndShowsTheCurrentValues() {
        var first = signedIn();
        var second = signedIn();
        first.get("user/settings/forwarding.xhtml");
        second.get("user/settings/forwarding.xhtml");

        first.submit("forwarding", "save", forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));
        var refused = second.submit(
                "forwarding", "save", forwardingForm(Map.of("noAnswer_input", "on", "destination", "09011112222")));

        assertThat(refused.body())
                .contains("ほかの人（ご本人または管理者）が変更しました")
                .contains("value=\"0312345678\"")
                .contains("すべての着信を 0312345678 に転送します")
                .doesNotContain("09011112222");
        var again = second.submit(
                "forwarding", "save", forwardingForm(Map.of("noAnswer_input", "on", "destination", "09011112222")));
        assertThat(again.body()).contains("設定を保存しました", "09011112222 に転送します");
    }

    @Test
    void aLineWithoutTheSubscriptionIsToldSoAndGetsNoForm() {
        var user = new PortalClient(base);
        user.loginUser(contract.loginIds().get(1), Fixtures.USER_PASSWORD);

        var home = user.get("user/settings/index.xhtml");
        var page = user.get("user/settings/forwarding.xhtml");

        assertThat(home.body()).contains("（ご契約がありません）").doesNotContain("forwardingLink");
        assertThat(page.body()).contains("転送・留守番サービスをご契約ではないため").doesNotContain("forwarding:save");
    }

    @Test
    void anonymousCallRejectionIsSwitchedOnAndSummarised() {
        var user = signedIn();
        user.get("user/settings/anonymous.xhtml");

        var saved = user.submit("anonymous", "save", Map.of("enabled", "true"));

        assertThat(saved.body()).contains("設定を保存しました", "番号を通知しない発信者には");
        assertThat(fixtures.auditAbout("line:" + loginId))
                .first()
                .asString()
                .startsWith("ANONYMOUS_REJECTION_CHANGE SUCCEEDED user:" + loginId);
    }

    private PortalClient signedIn() {
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        return user;
    }
}
