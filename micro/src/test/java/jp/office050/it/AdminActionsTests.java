package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.office050.it.Fixtures.TestContract;
import jp.office050.lines.boundary.Lines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's actions through the boundary, with a real admin login: requests are forged (any line id), as
 * the boundary must hold whatever the page sent. Then the user's side of a reset.
 */
abstract class AdminActionsTests extends PortalTests {

    TestContract mine;
    PortalClient admin;

    @BeforeEach
    void signIn() throws Exception {
        mine = fixtures.contract(4);
        admin = new PortalClient(base);
        admin.loginAdmin(mine.adminId(), Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void releasingALockoutLetsTheUserLogInAtOnce() {
        String loginId = mine.loginIds().get(0);
        fixtures.lock(loginId);
        assertThat(new PortalClient(base)
                        .loginUser(loginId, Fixtures.USER_PASSWORD)
                        .body())
                .contains(LoginTests.LOGIN_FAILED);

        assertThat(act("release", loginId)).isEqualTo("released");

        var page = new PortalClient(base).loginUser(loginId, Fixtures.USER_PASSWORD);
        assertThat(page.uri().getPath()).endsWith("/user/settings/index.xhtml");
        assertThat(fixtures.auditAbout("line:" + loginId))
                .first()
                .asString()
                .startsWith("LOCKOUT_RELEASE SUCCEEDED admin:" + mine.adminId() + " 127.0.0.1");
    }

    @Test
    void aForgedRequestForAnotherContractsLineIsRefusedAndRecorded() {
        TestContract other = fixtures.contract(2);
        String victim = other.loginIds().get(0);
        fixtures.lock(victim);
        long victimId = fixtures.lineId(victim);

        assertThat(act("release", victimId)).isEqualTo("refused NOT_YOUR_LINE");
        assertThat(act("reset", victimId)).isEqualTo("refused NOT_YOUR_LINE");

        assertThat(fixtures.state(victim)).contains("locked=true", "temporary=false");
        assertThat(fixtures.auditAbout("line-id:" + victimId))
                .containsExactly(
                        "PASSWORD_RESET REFUSED admin:" + mine.adminId() + " 127.0.0.1",
                        "LOCKOUT_RELEASE REFUSED admin:" + mine.adminId() + " 127.0.0.1");
    }

    @Test
    void aLineThatDoesNotExistIsRefusedLikeAnotherContractsLine() {
        assertThat(act("release", Long.MAX_VALUE)).isEqualTo("refused NOT_YOUR_LINE");
    }

    @Test
    void aMultipleNumberLineOfTheOwnContractIsRefusedWithItsOwnReason() {
        String multiple = mine.multipleNumberLoginId();

        assertThat(act("reset", multiple)).isEqualTo("refused MULTIPLE_NUMBER_LINE");
        assertThat(fixtures.state(multiple)).contains("temporary=false");
        assertThat(fixtures.auditAbout("line:" + multiple)).first().asString().startsWith("PASSWORD_RESET REFUSED");
    }

    @Test
    void aUserSessionCannotCallAdministratorActions() {
        var user = new PortalClient(base);
        user.loginUser(mine.loginIds().get(1), Fixtures.USER_PASSWORD);

        var page = user.post(
                "admin/it/release",
                Map.of("lineId", Long.toString(fixtures.lineId(mine.loginIds().get(0)))));

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void theListShowsOnlyThisContractsOrdinaryLinesAndSearchesSortsAndPagesInTheDatabase() {
        fixtures.contract(3);
        fixtures.lock(mine.loginIds().get(2));

        assertThat(list("", false, "LOGIN_ID", true, 0, 10)).isEqualTo("4 " + String.join(" ", mine.loginIds()));
        assertThat(list("", false, "LOGIN_ID", false, 0, 2))
                .isEqualTo("4 " + mine.loginIds().get(3) + " " + mine.loginIds().get(2));
        assertThat(list("", false, "LOGIN_ID", true, 2, 2))
                .isEqualTo("4 " + mine.loginIds().get(2) + " " + mine.loginIds().get(3));
        assertThat(list("", true, "NUMBER", true, 0, 10))
                .isEqualTo("1 " + mine.loginIds().get(2));
        assertThat(list(mine.loginIds().get(1).toUpperCase(), false, "NUMBER", true, 0, 10))
                .isEqualTo("1 " + mine.loginIds().get(1));
        assertThat(list("IT利用者 3", false, "NUMBER", true, 0, 10))
                .isEqualTo("1 " + mine.loginIds().get(3));
        assertThat(list("%", false, "NUMBER", true, 0, 10)).isEqualTo("0");
    }

    @Test
    void theListSaysHowManyLinesAreLockedAndItsLinkShowsThem() {
        assertThat(admin.get("admin/lines.xhtml").body()).contains("ロック中の回線はありません");
        fixtures.lock(mine.loginIds().get(1));
        fixtures.lock(mine.loginIds().get(3));

        var list = admin.get("admin/lines.xhtml");
        assertThat(list.body()).contains("ロック中の回線: 2件");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "lines:showLocked");
        form.put("jakarta.faces.partial.execute", "lines:showLocked");
        form.put("jakarta.faces.partial.render", "lines:table lines:search lines:lockedOnly lines:lockedNow actions");
        form.put("lines:showLocked", "lines:showLocked");
        form.put("lines", "lines");
        form.put("jakarta.faces.ViewState", list.viewState());
        list.nonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        String shown = admin.post("admin/lines.xhtml", form, Map.of("Faces-Request", "partial/ajax"))
                .body();
        assertThat(shown).contains(mine.loginIds().get(1), mine.loginIds().get(3));
        assertThat(shown)
                .as("only the locked lines")
                .doesNotContain(mine.loginIds().get(0), mine.loginIds().get(2));

        assertThat(act("release", mine.loginIds().get(1))).isEqualTo("released");
        assertThat(admin.get("admin/lines.xhtml").body()).contains("ロック中の回線: 1件");
    }

    @Test
    void aResetPasswordIsShownOnceAndTheUserMustChooseANewOneBeforeAnythingElse() {
        String loginId = mine.loginIds().get(3);
        String reset = act("reset", loginId);
        assertThat(reset).matches("reset [A-HJ-NP-Za-km-z2-9]{12}");
        String temporary = reset.substring("reset ".length());

        assertThat(new PortalClient(base)
                        .loginUser(loginId, Fixtures.USER_PASSWORD)
                        .body())
                .contains(LoginTests.LOGIN_FAILED);
        var user = new PortalClient(base);
        var page = user.loginUser(loginId, temporary);
        assertThat(page.uri().getPath()).endsWith("/user/settings/password.xhtml");
        assertThat(page.body()).contains("初期化されたパスワードでログインしました");
        assertThat(user.get("user/settings/index.xhtml").uri().getPath()).endsWith("/password.xhtml");
        assertThat(Answers.object(user.fetch("it/my-overview")).getString("refused"))
                .as("the boundaries refuse too, whatever page is asked for")
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");

        var tooShort = user.submit(
                "password", "change", Map.of("current", temporary, "newPassword", "short", "confirmation", "short"));
        assertThat(tooShort.body()).contains("パスワードは8文字以上にしてください");
        var common = user.submit(
                "password",
                "change",
                Map.of("current", temporary, "newPassword", "password123", "confirmation", "password123"));
        assertThat(common.body()).contains("よく使われているパスワード");
        var ownId = user.submit(
                "password",
                "change",
                Map.of("current", temporary, "newPassword", "x" + loginId, "confirmation", "x" + loginId));
        assertThat(ownId.body()).contains("ログインIDを含むパスワードは設定できません");
        var wrongCurrent = user.submit(
                "password",
                "change",
                Map.of("current", "not-it", "newPassword", "桜が咲く頃に会いましょう", "confirmation", "桜が咲く頃に会いましょう"));
        assertThat(wrongCurrent.body()).contains("現在のパスワードが正しくありません");
        assertThat(fixtures.state(loginId)).contains("temporary=true");

        var changed = user.submit(
                "password",
                "change",
                Map.of("current", temporary, "newPassword", "桜が咲く頃に会いましょう", "confirmation", "桜が咲く頃に会いましょう"));
        assertThat(changed.uri().getPath())
                .as(changed.uri() + "\n" + changed.body())
                .endsWith("/user/settings/index.xhtml");
        assertThat(changed.body()).contains("パスワードを変更しました", loginId);
        assertThat(fixtures.state(loginId)).contains("temporary=false");
        assertThat(Answers.object(user.fetch("it/my-overview")).getInt("summary"))
                .isPositive();

        var again = new PortalClient(base).loginUser(loginId, "桜が咲く頃に会いましょう");
        assertThat(again.uri().getPath()).endsWith("/user/settings/index.xhtml");
        assertThat(new PortalClient(base).loginUser(loginId, temporary).body()).contains(LoginTests.LOGIN_FAILED);
    }

    @Test
    void theListNamesEachLinesOptionServicesOnScreenAndInTheExport() {
        String all = "転送・留守番、クリックダイヤル、非通知拒否";
        String screen = admin.get("admin/lines.xhtml").body();
        assertThat(row(screen, mine.loginIds().get(0))).contains(">" + all + "<");
        assertThat(row(screen, mine.loginIds().get(1))).contains(">—<").doesNotContain("転送・留守番");

        String csv = admin.submit("lines", "export", Map.of()).body();
        assertThat(csv.lines().filter(line -> line.contains(mine.loginIds().get(0))))
                .singleElement()
                .asString()
                .contains("," + all + ",");
        assertThat(csv.lines().filter(line -> line.contains(mine.loginIds().get(1))))
                .singleElement()
                .asString()
                .contains(",—,");
    }

    /** The table row of the list page that shows a login ID. */
    private static String row(String page, String loginId) {
        int at = page.indexOf(">" + loginId + "<");
        assertThat(at).as("a row of " + loginId).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    @Test
    void theListIsExportedAsCsvForExcelAsOnScreenWithTheSearchApplied() {
        var page = admin.get("admin/lines.xhtml");
        var all = admin.submit("lines", "export", Map.of());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Disposition"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("attachment").contains("lines-" + mine.number() + ".csv"));
        assertThat(all.body()).startsWith("\uFEFF050番号");
        assertThat(all.body().lines().skip(1))
                .hasSize(4)
                .allSatisfy(row -> assertThat(row).contains("IT利用者"));
        assertThat(all.body()).doesNotContain(mine.multipleNumberLoginId());

        String wanted = mine.loginIds().get(2);
        admin.get("admin/lines.xhtml");
        search(admin, wanted);

        var found = admin.submit("lines", "export", Map.of("search", "typed but not searched"));
        assertThat(found.body().lines().skip(1)).singleElement().asString().contains(wanted);
    }

    @Test
    void aSearchThatFindsMoreThanAThousandLinesSaysSoAndPagesThroughTheFirstThousand() {
        var large = fixtures.contract(Lines.SEARCH_COUNT_LIMIT + 2);
        var client = new PortalClient(base);
        client.loginAdmin(large.adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(client.get("admin/lines.xhtml").body())
                .as("the list without a search, counted exactly")
                .containsPattern("1,?002 件中 1–20 件");

        String many = search(client, "IT利用者").body();
        assertThat(many).contains("1,000 件以上 1–20 件（先頭の 1,000 件まで表示します。検索を絞り込んでください）");
        assertThat(many.split("data-rk=\"", -1)).hasSize(21);
        assertThat(Answers.listPage(client.fetch(
                        "admin/it/page?search=IT&lockedOnly=false&sort=NUMBER&ascending=true" + "&first=0&size=1")))
                .as("the boundary's count: one more than it counts")
                .startsWith((Lines.SEARCH_COUNT_LIMIT + 1) + " ");

        client.get("admin/lines.xhtml");
        String few = search(client, "IT利用者 10").body();
        assertThat(few).as("10, 100–109, 1000, 1001").contains("13 件中 1–13 件").doesNotContain("件以上");
    }

    /** The 検索 button of the list page last shown to the client, by Ajax as the page sends it. */
    private static PortalClient.Page search(PortalClient client, String text) {
        var search = new java.util.LinkedHashMap<String, String>();
        search.put("jakarta.faces.partial.ajax", "true");
        search.put("jakarta.faces.source", "lines:find");
        search.put("jakarta.faces.partial.execute", "lines:find lines:search lines:lockedOnly");
        search.put("jakarta.faces.partial.render", "lines:table");
        search.put("lines", "lines");
        search.put("lines:search", text);
        search.put("lines:find", "lines:find");
        search.put("jakarta.faces.ViewState", client.current().viewState());
        client.current().nonce().ifPresent(nonce -> search.put("primefaces.nonce", nonce));
        return client.post(client.current().uri().getPath(), search, Map.of("Faces-Request", "partial/ajax"));
    }

    private String act(String action, String loginId) {
        return act(action, fixtures.lineId(loginId));
    }

    private String act(String action, long lineId) {
        return Answers.outcome(admin.post("admin/it/" + action, Map.of("lineId", Long.toString(lineId))));
    }

    private String list(String search, boolean lockedOnly, String sort, boolean ascending, int first, int size) {
        var page = admin.fetch(
                "admin/it/page?search=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8)
                        + "&lockedOnly=" + lockedOnly + "&sort=" + sort + "&ascending=" + ascending + "&first=" + first
                        + "&size=" + size);
        return Answers.listPage(page);
    }
}
