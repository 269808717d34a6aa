package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.Test;

/**
 * Notices by mail, received by a real SMTP server (GreenMail): a line's user proves its address by a link, then hears
 * of its lock, a release and a reset (never the password); an email account hears of links and unlinks and of its administrator IDs' second factors; an SMTP server
 * that is away fails no action, and the notice follows when it is back.
 */
abstract class NoticesTests extends PortalTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/(user/notice\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Test
    void aUserWithAProvedAddressHearsOfItsLockTheReleaseAndTheResetButNeverThePassword() {
        TestContract contract = fixtures.contract(2);
        String loginId = contract.loginIds().get(0);
        String address = proved(loginId);

        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginUser(loginId, "wrong-" + i);
        }
        assertThat(mailTo(address, m -> m.contains("ロックされました"))).contains(loginId, "まで");

        var admin = signedInAdmin(contract);
        assertThat(Answers.outcome(admin.post("admin/it/release", Map.of("lineId", id(loginId)))))
                .isEqualTo("released");
        assertThat(mailTo(address, m -> m.contains("ロックアウトが解除されました"))).contains(loginId);

        String reset = Answers.outcome(admin.post("admin/it/reset", Map.of("lineId", id(loginId))));
        String password = reset.substring("reset ".length());
        String mail = mailTo(address, m -> m.contains("パスワードが初期化されました"));
        assertThat(mail).contains(loginId).doesNotContain(password);
    }

    @Test
    void anAddressNotYetProvedGetsItsLinkAndNothingElse() {
        TestContract contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        String address = uniqueAddress();
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        user.get("user/settings/notices.xhtml");
        assertThat(user.submit("notices", "send", Map.of("address", address)).body())
                .contains("確認のリンクを送りました");
        assertThat(user.submit("notices", "send", Map.of("address", address)).body())
                .as("a second link at once is refused")
                .contains("1分ほど待ってから");

        var admin = signedInAdmin(contract);
        Answers.outcome(admin.post("admin/it/reset", Map.of("lineId", id(loginId))));
        waitUntil("the outbox is empty", () -> fixtures.noticesWaiting() == 0);

        List<String> mails = TestMailbox.mailsTo(address);
        assertThat(mails).singleElement().asString().contains("通知先メールアドレスの確認", loginId);
        assertThat(new PortalClient(base).get("user/notice.xhtml?token=forged").body())
                .contains("このリンクは無効です");
    }

    @Test
    void aMailServerThatIsAwayFailsNoActionAndTheNoticeFollowsWhenItIsBack() {
        TestContract contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        String address = proved(loginId);
        fixtures.lock(loginId);
        var admin = signedInAdmin(contract);

        TestMailbox.stop();
        try {
            assertThat(Answers.outcome(admin.post("admin/it/release", Map.of("lineId", id(loginId)))))
                    .isEqualTo("released");
            assertThat(fixtures.state(loginId)).contains("locked=false");
            sleep(Duration.ofSeconds(3));
            assertThat(fixtures.noticesWaiting()).as("kept for another attempt").isPositive();
        } finally {
            TestMailbox.start();
        }
        assertThat(mailTo(address, m -> m.contains("ロックアウトが解除されました"))).contains(loginId);
    }

    @Test
    void anEmailAccountHearsOfLinksUnlinksAndSecondFactorsOfItsAdministratorIds() {
        TestContract contract = fixtures.contract(1);
        String address = TestDirectory.newIspAddress();
        var person = MailAccountsTests.signedIn(base, fixtures, address);

        person.get("mail/admins.xhtml");
        person.submit("link", "submit", Map.of("adminId", contract.adminId(), "password", Fixtures.ADMIN_PASSWORD));
        assertThat(mailTo(address, m -> m.contains("管理者IDが連携されました"))).contains(contract.adminId());

        // the linked administrator ID sets up a second factor, and the provider removes it: the account hears of both
        var admin = signedInAdmin(contract);
        String secret = SecondFactorTests.secretOf(admin.get("admin/second-factor.xhtml"));
        admin.submit("enrol", "submit", Map.of("code", SecondFactorTests.code(secret, 0)));
        assertThat(mailTo(address, m -> m.contains("二段階認証が設定されました"))).contains(contract.adminId());
        var reset = new ApiClient(base, ApiClient.DESK)
                .send("DELETE", "contracts/" + contract.number() + "/administrator/second-factor", null, Map.of());
        assertThat(reset.status()).isEqualTo(200);
        assertThat(mailTo(address, m -> m.contains("二段階認証が解除されました"))).contains(contract.adminId());

        person.get("mail/admins.xhtml");
        person.submit("admins", "unlink", Map.of("table_selection", contract.adminId()));
        assertThat(mailTo(address, m -> m.contains("連携が解除されました"))).contains(contract.adminId());
    }

    /** The user gives an address on its settings site and opens the link mailed to it; the address. */
    private String proved(String loginId) {
        String address = uniqueAddress();
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        assertThat(user.get("user/settings/notices.xhtml").body()).contains("登録されていません");
        user.submit("notices", "send", Map.of("address", address));
        String mail = mailTo(address, m -> m.contains("通知先メールアドレスの確認"));
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        assertThat(link.group()).startsWith(TestMailbox.LINK_URL);

        assertThat(new PortalClient(base).get(link.group(1)).body()).contains("通知先メールアドレスを登録しました");
        assertThat(new PortalClient(base).get(link.group(1)).body())
                .as("used once")
                .contains("このリンクは無効です");
        assertThat(user.get("user/settings/notices.xhtml").body()).contains(address);
        return address;
    }

    private String id(String loginId) {
        return Long.toString(fixtures.lineId(loginId));
    }

    private static String uniqueAddress() {
        return "notice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    /** The first mail to the address that matches, waiting for it (the outbox sends within seconds). */
    private static String mailTo(String address, Predicate<String> matching) {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            var found = TestMailbox.mailsTo(address).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("no such mail to " + address + " within 30 s: " + TestMailbox.mailsTo(address));
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        Instant until = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 30 s: " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
