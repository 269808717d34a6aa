package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 代理設定: an administrator sets a line's options on the user's behalf, within its own session and contract only. */
abstract class ProxyTests extends PortalTests {

    static final String FORBIDDEN = "このページを表示する権限がありません";

    TestContract contract;
    String loginId;
    long lineId;
    PortalClient admin;

    @BeforeEach
    void adminSignedIn() throws Exception {
        contract = fixtures.contract(2);
        loginId = contract.loginIds().get(0);
        lineId = fixtures.lineId(loginId);
        admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
    }

    /**
     * [ユーザ画面参照] on the list, as the page posts it after the line was selected: the proxy window opens on its home
     * page with a grant for the line; returns the grant.
     */
    private String openProxy() {
        return openProxy(admin, lineId);
    }

    static String openProxy(PortalClient admin, long lineId) {
        admin.get("admin/lines.xhtml");
        String key = Long.toString(lineId);
        admin.ajaxEvent(
                "lines",
                "lines:table",
                "rowSelect",
                "actions",
                Map.of("lines:table_instantSelection", key, "lines:table_selection", key));
        var home = admin.submit("actions", "proxy", Map.of());
        assertThat(home.uri().getPath()).endsWith("/admin/proxy/index.xhtml");
        assertThat(home.uri().getQuery()).startsWith("grant=");
        return home.uri().getQuery().substring("grant=".length());
    }

    @Test
    void theAdministratorChangesForwardingForTheUserAndIsRecordedAsTheActor() {
        String grant = openProxy();
        assertThat(admin.current().body()).contains("代理設定中", contract.adminId(), loginId, "着信は呼び出し続けます");
        assertThat(fixtures.auditAbout("line:" + loginId))
                .first()
                .asString()
                .startsWith("PROXY_ACCESS SUCCEEDED admin:" + contract.adminId());
        admin.get("admin/proxy/forwarding.xhtml?grant=" + grant);

        var saved = admin.submit(
                "forwarding", "save", forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));

        assertThat(saved.body()).contains("設定を保存しました", "すべての着信を 0312345678 に転送します", "代理設定中");
        assertThat(fixtures.auditAbout("line:" + loginId))
                .first()
                .asString()
                .startsWith("FORWARDING_CHANGE SUCCEEDED admin:" + contract.adminId());
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        assertThat(user.get("user/settings/index.xhtml").body()).contains("すべての着信を 0312345678 に転送します");
    }

    @Test
    void aLineOfAnotherContractIsRefusedAndRecorded() {
        TestContract other = fixtures.contract(1);
        long victim = fixtures.lineId(other.loginIds().get(0));

        var forged = admin.post("admin/it/proxy-open", Map.of("lineId", Long.toString(victim)));

        assertThat(Answers.outcome(forged)).isEqualTo("refused NOT_YOUR_LINE");
        assertThat(fixtures.auditAbout("line-id:" + victim))
                .first()
                .asString()
                .startsWith("PROXY_ACCESS REFUSED admin:" + contract.adminId());
        var notOnTheList = admin.get("admin/lines.xhtml");
        admin.ajaxEvent(
                "lines",
                "lines:table",
                "rowSelect",
                "actions",
                Map.of("lines:table_instantSelection", Long.toString(victim)));
        assertThat(admin.submit("actions", "proxy", Map.of()).uri().getPath())
                .as("a row key that is not on the page selects nothing")
                .endsWith("/admin/lines.xhtml");
        assertThat(notOnTheList.body()).doesNotContain(other.loginIds().get(0));
        var page = admin.get("admin/proxy/forwarding.xhtml?grant=forged");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains(FORBIDDEN).doesNotContain("forwarding:save");
        assertThat(admin.get("admin/proxy/index.xhtml").status()).isEqualTo(403);
    }

    @Test
    void aGrantIsForItsOwnLineOnly() {
        String grant = openProxy();
        String otherLoginId = contract.loginIds().get(1);
        long otherLine = fixtures.lineId(otherLoginId);

        var page = admin.get("admin/proxy/index.xhtml?grant=" + grant + "&line=" + otherLine);

        assertThat(page.body()).contains(loginId).doesNotContain(otherLoginId);
    }

    @Test
    void afterTheAdministratorLogsOutTheProxyWindowCanNoLongerSave() {
        admin.get("admin/proxy/forwarding.xhtml?grant=" + openProxy());
        var adminWindow = new PortalClient(base);
        adminWindow.shareCookiesWith(admin);
        adminWindow.get("admin/lines.xhtml");
        adminWindow.submit("session", "logout", Map.of());

        var refused = admin.submit(
                "forwarding", "save", forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));

        assertThat(refused.body()).contains("管理者IDでログイン").doesNotContain("設定を保存しました");
        assertThat(fixtures.auditAbout("line:" + loginId)).noneMatch(e -> e.startsWith("FORWARDING_CHANGE"));
    }

    @Test
    void anotherBrowserCannotUseTheProxyAddress() {
        String grant = openProxy();
        var stranger = new PortalClient(base);

        var page = stranger.get("admin/proxy/forwarding.xhtml?grant=" + grant);

        assertThat(page.body()).contains("管理者IDでログイン").doesNotContain("forwarding:save");
    }

    @Test
    void theProxyCannotChangeTheUsersPasswordAndAUserCannotOpenProxyPages() {
        assertThat(admin.get("user/settings/password.xhtml").status()).isEqualTo(403);

        var user = new PortalClient(base);
        user.loginUser(contract.loginIds().get(1), Fixtures.USER_PASSWORD);
        assertThat(user.get("admin/proxy/index.xhtml?grant=" + openProxy()).status())
                .isEqualTo(403);
    }

    @Test
    void whenUserAndAdministratorEditAtOnceTheSecondSaveIsToldAndNothingIsOverwritten() {
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        user.get("user/settings/forwarding.xhtml");
        admin.get("admin/proxy/forwarding.xhtml?grant=" + openProxy());

        admin.submit("forwarding", "save", forwardingForm(Map.of("busy_input", "on", "destination", "0612345678")));
        var refused = user.submit(
                "forwarding", "save", forwardingForm(Map.of("always_input", "on", "destination", "09012345678")));

        assertThat(refused.body()).contains("ほかの人（ご本人または管理者）が変更しました", "value=\"0612345678\"");
        assertThat(user.get("user/settings/index.xhtml").body()).contains("話し中のときは 0612345678 に転送します");
    }
}
