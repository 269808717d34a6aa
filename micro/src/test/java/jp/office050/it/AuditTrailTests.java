package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.Test;

/**
 * 操作履歴: the audit page of an administrator ID and of an email account, its filters, paging and CSV export, the
 * tenant check under forged requests, and the retention job.
 */
abstract class AuditTrailTests extends PortalTests {

    private static final Pattern ROWS =
            Pattern.compile("<tbody id=\"audit:table_data\"[^>]*>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    /** The fields of the filter form as a browser posts them untouched. */
    private static final Map<String, String> NO_FILTER =
            Map.of("line", "", "action_input", "", "outcome_input", "", "actor", "", "from_input", "", "to_input", "");

    @Test
    void theAdministratorSeesWhatHappenedToItsLinesNewestFirst() {
        TestContract mine = fixtures.contract(2);
        String locked = mine.loginIds().get(0);
        String reset = mine.loginIds().get(1);
        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginUser(locked, "wrong-" + i);
        }
        var admin = signedInAdmin(mine);
        assertThat(forged(admin, "release", fixtures.lineId(locked))).isEqualTo("released");
        assertThat(forged(admin, "reset", fixtures.lineId(reset))).startsWith("reset ");

        List<String> rows = rows(admin.get("admin/audit.xhtml"));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rows.get(0)).contains("admin:" + mine.adminId(), "パスワードの初期化", "line:" + reset, "成功");
        assertThat(rows.get(1)).contains("ロックアウトの解除", "line:" + locked, "成功");
        assertThat(rows.get(2)).contains("管理者ログイン", "admin:" + mine.adminId());
        assertThat(rows.get(3)).contains("利用者ログイン", "user:" + locked, "失敗（ロック）");
        assertThat(rows.subList(4, 8)).allSatisfy(row -> assertThat(row).contains("user:" + locked, "失敗"));
    }

    @Test
    void anOptionServiceChangeShowsBeforeAndAfter() {
        TestContract mine = fixtures.contract(2);
        String loginId = mine.loginIds().get(0); // subscribes to every option service
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        user.get("user/settings/anonymous.xhtml");
        user.submit("anonymous", "save", Map.of("enabled", "true"));

        var admin = signedInAdmin(mine);
        assertThat(rows(admin.get("admin/audit.xhtml")).get(1))
                .contains("非通知着信拒否の設定変更", "user:" + loginId, "rejection off → rejection on");
    }

    @Test
    void nothingOfAnotherContractIsEverShownWhateverTheRequestSays() {
        TestContract mine = fixtures.contract(1);
        TestContract theirs = fixtures.contract(1);
        String victim = theirs.loginIds().get(0);
        new PortalClient(base).loginUser(victim, "wrong");
        signedInAdmin(theirs);
        var admin = signedInAdmin(mine);
        assertThat(forged(admin, "release", fixtures.lineId(victim))).isEqualTo("refused NOT_YOUR_LINE");

        var page = admin.get("admin/audit.xhtml");
        assertThat(page.body()).doesNotContain(victim, theirs.adminId(), theirs.number());
        assertThat(rows(page).get(0)).contains("ロックアウトの解除", "拒否", "admin:" + mine.adminId());
        var forgedFilter = new LinkedHashMap<>(NO_FILTER);
        forgedFilter.put("contract_input", theirs.number());
        forgedFilter.put("line", victim);
        assertThat(admin.submit("audit", "find", forgedFilter).body())
                .doesNotContain(theirs.adminId(), theirs.number());
        assertThat(history(admin, Map.of("contract", theirs.number()))).isEmpty();
        assertThat(history(admin, Map.of("line", victim))).isEmpty();
        assertThat(history(admin, Map.of("actor", "admin:" + theirs.adminId()))).isEmpty();

        // the refused attempt stays with the contract that made it: the victim's administrator sees none of it
        var theirAdmin = signedInAdmin(theirs);
        assertThat(history(theirAdmin, Map.of()))
                .isNotEmpty()
                .noneMatch(entry -> entry.contains(mine.adminId()))
                .anyMatch(entry -> entry.contains("USER_LOGIN FAILED user:" + victim));
        var user = new PortalClient(base);
        user.loginUser(mine.loginIds().get(0), Fixtures.USER_PASSWORD);
        assertThat(user.get("admin/audit.xhtml").status()).isEqualTo(403);
    }

    @Test
    void theFiltersNarrowTheListAndTheCsvHoldsExactlyWhatTheyFind() {
        TestContract mine = fixtures.contract(3);
        var admin = signedInAdmin(mine);
        for (String loginId : mine.loginIds()) {
            forged(admin, "reset", fixtures.lineId(loginId));
        }
        fixtures.pastEvents(mine.adminId(), 1, 10, "=HYPERLINK(\"http://evil.example\")");
        String one = mine.loginIds().get(1);

        admin.get("admin/audit.xhtml");
        var filter = new LinkedHashMap<>(NO_FILTER);
        filter.put("action_input", "PASSWORD_RESET");
        List<String> resets = rows(admin.submit("audit", "find", filter));
        assertThat(resets).hasSize(3).allSatisfy(row -> assertThat(row).contains("パスワードの初期化"));
        filter.put("line", one);
        assertThat(rows(admin.submit("audit", "find", filter)))
                .singleElement()
                .asString()
                .contains("line:" + one);

        var csv = admin.submit("audit", "export", Map.of());
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFF日時,基本契約番号,操作者");
        assertThat(lines.get(1)).contains("=\"\"" + mine.number() + "\"\"", "パスワードの初期化,PASSWORD_RESET,line:" + one);

        admin.get("admin/audit.xhtml");
        filter.put("line", "");
        filter.put("action_input", "PASSWORD_CHANGE");
        admin.submit("audit", "find", filter);
        String formula = admin.submit("audit", "export", Map.of()).body();
        assertThat(formula).contains("\"'=HYPERLINK(\"\"http://evil.example\"\") 0\"");
        assertThat(fixtures.auditAbout("admin:" + mine.adminId()).get(0)).startsWith("AUDIT_EXPORT SUCCEEDED");
    }

    @Test
    void aPeriodFindsItsDaysInJapanTimeAndAReversedOneIsExplained() {
        TestContract mine = fixtures.contract(1);
        var admin = signedInAdmin(mine);
        fixtures.pastEvents(mine.adminId(), 2, 10, "ten days ago");
        fixtures.pastEvents(mine.adminId(), 1, 20, "twenty days ago");
        LocalDate tenDaysAgo = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(10);

        assertThat(history(admin, Map.of("from", tenDaysAgo.toString(), "to", tenDaysAgo.toString())))
                .hasSize(2)
                .allMatch(entry -> entry.endsWith("ten days ago 1") || entry.endsWith("ten days ago 0"));
        assertThat(history(admin, Map.of("to", tenDaysAgo.minusDays(1).toString())))
                .singleElement()
                .asString()
                .endsWith("twenty days ago 0");

        admin.get("admin/audit.xhtml");
        var reversed = new LinkedHashMap<>(NO_FILTER);
        reversed.put("from_input", tenDaysAgo.toString());
        reversed.put("to_input", tenDaysAgo.minusDays(1).toString());
        assertThat(admin.submit("audit", "find", reversed).body()).contains("期間の終了日は開始日以降の日付を指定してください");
    }

    @Test
    void pagesGoOlderAndNewerWithoutGapsOrRepeats() {
        TestContract mine = fixtures.contract(1);
        var admin = signedInAdmin(mine);
        fixtures.pastEvents(mine.adminId(), 120, 1, "bulk");

        admin.get("admin/audit.xhtml");
        var filter = new LinkedHashMap<>(NO_FILTER);
        filter.put("action_input", "PASSWORD_CHANGE");
        List<String> first = rows(admin.submit("audit", "find", filter));
        List<String> second = rows(admin.submit("audit", "older", Map.of()));
        List<String> third = rows(admin.submit("audit", "older", Map.of()));
        List<String> backToSecond = rows(admin.submit("audit", "newer", Map.of()));

        List<Integer> seen = new ArrayList<>();
        for (List<String> page : List.of(first, second, third)) {
            page.forEach(row -> seen.add(bulkNumber(row)));
        }
        assertThat(first).hasSize(50);
        assertThat(second).hasSize(50);
        assertThat(third).hasSize(20);
        assertThat(seen)
                .containsExactlyElementsOf(java.util.stream.IntStream.iterate(119, i -> i >= 0, i -> i - 1)
                        .boxed()
                        .toList());
        assertThat(backToSecond).isEqualTo(second);
        assertThat(admin.current().body()).contains("2 ページ目");
    }

    @Test
    void anEmailAccountSeesTheContractsItLinksEachMarkedAndNoOther() {
        String address = TestDirectory.newIspAddress();
        var person = MailAccountsTests.signedIn(base, fixtures, address);
        TestContract first = fixtures.contract(1);
        TestContract second = fixtures.contract(1);
        TestContract notLinked = fixtures.contract(1);
        for (TestContract contract : List.of(first, second)) {
            person.get("mail/admins.xhtml");
            person.submit("link", "submit", Map.of("adminId", contract.adminId(), "password", Fixtures.ADMIN_PASSWORD));
        }
        new PortalClient(base).loginUser(notLinked.loginIds().get(0), "wrong");
        new PortalClient(base).loginUser(first.loginIds().get(0), "wrong");

        var page = person.get("admin/audit.xhtml");
        List<String> rows = rows(page);

        assertThat(rows.get(0))
                .contains(first.number(), "user:" + first.loginIds().get(0), "失敗");
        assertThat(rows).anyMatch(row -> row.contains(second.number()) && row.contains("管理者IDの連携"));
        assertThat(page.body())
                .doesNotContain(notLinked.number(), notLinked.loginIds().get(0));
        assertThat(history(person, Map.of("contract", second.number())))
                .isNotEmpty()
                .allMatch(entry -> entry.startsWith(second.number() + " "));
        assertThat(history(person, Map.of("contract", notLinked.number()))).isEmpty();
        assertThat(history(person, Map.of("line", notLinked.loginIds().get(0)))).isEmpty();
    }

    @Test
    void theRetentionJobRemovesExpiredEventsOnly() {
        TestContract mine = fixtures.contract(1);
        var admin = signedInAdmin(mine);
        fixtures.pastEvents(mine.adminId(), 3, 401, "expired");
        fixtures.pastEvents(mine.adminId(), 2, 399, "kept");

        assertThat(fixtures.purgeExpiredEvents()).isGreaterThanOrEqualTo(3);

        List<String> left = history(admin, Map.of("action", "PASSWORD_CHANGE"));
        assertThat(left).hasSize(2).allMatch(entry -> entry.contains(" kept "));
    }

    private static String forged(PortalClient client, String action, long lineId) {
        return Answers.outcome(client.post("admin/it/" + action, Map.of("lineId", Long.toString(lineId))));
    }

    /** The boundary's page for a filter the request makes up: "contract ACTION OUTCOME actor target detail" each. */
    private static List<String> history(PortalClient client, Map<String, String> filter) {
        var query = new StringBuilder("admin/it/history?");
        filter.forEach((name, value) -> query.append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
        JsonObject answer = Answers.object(client.fetch(query.toString()));
        assertThat(answer.containsKey("refused")).as(answer.toString()).isFalse();
        return answer.getJsonArray("entries").getValuesAs(JsonString::getString);
    }

    /** The rows of the audit table, each as its text. */
    static List<String> rows(PortalClient.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher table = ROWS.matcher(page.body());
        assertThat(table.find()).as(page.body()).isTrue();
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            String text = row.group(1)
                    .replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!text.contains("該当する操作履歴はありません")) {
                rows.add(text);
            }
        }
        return rows;
    }

    private static int bulkNumber(String row) {
        Matcher m = Pattern.compile("bulk (\\d+)").matcher(row);
        assertThat(m.find()).as(row).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
