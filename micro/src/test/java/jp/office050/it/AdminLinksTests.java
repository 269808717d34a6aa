package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 管理者一覧 of an email account: linking under the administrator ID's own lockout, unlinking, acting through a
 * link, and the boundary's refusal of any contract the account has not linked, whatever the request says.
 */
abstract class AdminLinksTests extends PortalTests {

    String address;
    PortalClient person;

    @BeforeEach
    void signIn() {
        address = TestDirectory.newIspAddress();
        person = MailAccountsTests.signedIn(base, fixtures, address);
    }

    @Test
    void aNewLinkShowsAtTheTopAndLinkingItAgainIsRefusedPolitely() {
        TestContract first = fixtures.contract(1);
        TestContract second = fixtures.contract(1);

        assertThat(link(first.adminId(), Fixtures.ADMIN_PASSWORD).body())
                .contains("管理者ID " + first.adminId() + " を連携しました");
        var page = link(second.adminId(), Fixtures.ADMIN_PASSWORD);

        assertThat(page.body()).containsSubsequence(second.adminId(), second.number(), first.adminId(), first.number());
        assertThat(link(first.adminId(), Fixtures.ADMIN_PASSWORD).body())
                .contains("管理者ID " + first.adminId() + " はすでに連携しています");
        assertThat(fixtures.auditAbout("admin:" + second.adminId()).get(0))
                .startsWith("ADMIN_LINK SUCCEEDED mail:" + address);
    }

    @Test
    void aWrongPasswordInTheLinkFormCountsAgainstTheAdministratorIdAndALockedOneCannotBeLinked() {
        TestContract contract = fixtures.contract(1);
        for (int i = 0; i < 4; i++) {
            assertThat(link(contract.adminId(), "wrong-" + i).body()).contains("管理者IDまたはパスワードが正しくないか");
        }
        assertThat(fixtures.administrator(contract.adminId())).isEqualTo("locked=false failures=4");
        new PortalClient(base).loginAdmin(contract.adminId(), "wrong-at-login");
        assertThat(fixtures.administrator(contract.adminId())).startsWith("locked=true");

        assertThat(link(contract.adminId(), Fixtures.ADMIN_PASSWORD).body())
                .contains("管理者IDまたはパスワードが正しくないか")
                .doesNotContain("を連携しました");
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()).get(0))
                .startsWith("ADMIN_LINK REFUSED mail:" + address);
    }

    @Test
    void openingALinkedContractShowsItsListAndActionsThereAreAuditedWithTheAccountAndTheAdministratorId() {
        TestContract contract = fixtures.contract(2);
        link(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String loginId = contract.loginIds().get(0);
        fixtures.lock(loginId);

        var list = person.submit("admins", "open", Map.of("table_selection", contract.adminId()));
        assertThat(list.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(list.body()).contains(contract.number(), loginId, "管理者一覧へ戻る&gt;&gt;");

        assertThat(forged("release", Map.of("lineId", Long.toString(fixtures.lineId(loginId)))))
                .isEqualTo("released");
        assertThat(fixtures.state(loginId)).contains("locked=false");
        assertThat(fixtures.auditAbout("line:" + loginId).get(0))
                .isEqualTo("LOCKOUT_RELEASE SUCCEEDED mail:" + address + " via admin:" + contract.adminId()
                        + " 127.0.0.1");
    }

    @Test
    void anAccountCanNeverReachAContractItHasNotLinked() {
        TestContract mine = fixtures.contract(1);
        TestContract theirs = fixtures.contract(1);
        link(mine.adminId(), Fixtures.ADMIN_PASSWORD);
        String victim = theirs.loginIds().get(0);
        fixtures.lock(victim);
        long victimId = fixtures.lineId(victim);

        assertThat(forged("choose", Map.of("adminId", theirs.adminId()))).isEqualTo("refused NOT_LINKED");
        assertThat(forged("release", Map.of("lineId", Long.toString(victimId))))
                .isEqualTo("refused NO_ADMINISTRATOR_CHOSEN");
        assertThat(forged("choose", Map.of("adminId", mine.adminId()))).isEqualTo("chosen");
        assertThat(forged("release", Map.of("lineId", Long.toString(victimId)))).isEqualTo("refused NOT_YOUR_LINE");
        assertThat(person.fetch("admin/lines.xhtml").body())
                .contains(mine.number())
                .doesNotContain(victim);

        assertThat(fixtures.state(victim)).contains("locked=true");
        assertThat(fixtures.auditAbout("admin:" + theirs.adminId()).get(0))
                .startsWith("ADMIN_SWITCH REFUSED mail:" + address);
    }

    @Test
    void anUnlinkedContractIsOutOfReachAtOnceEvenFromAnOpenList() {
        TestContract contract = fixtures.contract(1);
        link(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String loginId = contract.loginIds().get(0);
        fixtures.lock(loginId);
        assertThat(forged("choose", Map.of("adminId", contract.adminId()))).isEqualTo("chosen");

        person.get("mail/admins.xhtml");
        var afterUnlink = person.submit("admins", "unlink", Map.of("table_selection", contract.adminId()));
        assertThat(afterUnlink.body()).contains("管理者ID " + contract.adminId() + " との連携を解除しました", "連携している管理者IDはありません");

        assertThat(forged("release", Map.of("lineId", Long.toString(fixtures.lineId(loginId)))))
                .isEqualTo("refused NO_ADMINISTRATOR_CHOSEN");
        assertThat(fixtures.state(loginId)).contains("locked=true");
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()).get(0))
                .startsWith("ADMIN_UNLINK SUCCEEDED mail:" + address);
    }

    @Test
    void anAdministratorSessionCannotUseTheAdminList() {
        TestContract contract = fixtures.contract(1);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        assertThat(admin.get("mail/admins.xhtml").status()).isEqualTo(403);
    }

    private PortalClient.Page link(String adminId, String password) {
        person.get("mail/admins.xhtml");
        return person.submit("link", "submit", Map.of("adminId", adminId, "password", password));
    }

    private String forged(String action, Map<String, String> fields) {
        return Answers.outcome(person.post("admin/it/" + action, fields));
    }
}
