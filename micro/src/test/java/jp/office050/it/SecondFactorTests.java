package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.Test;

/**
 * 二段階認証: enrolment with a code the test computes from the shared secret the page shows, the login's second step,
 * codes used once, recovery codes, wrong codes under the lockout, the mandatory setting, the link form, and the
 * provider's reset (the only way to remove one).
 */
abstract class SecondFactorTests extends PortalTests {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>");

    /** A contract's administrator with an authenticator enrolled: its secret and recovery codes. */
    record Enrolled(TestContract contract, String secret, List<String> recoveryCodes) {}

    @Test
    void anEnrolledAdministratorIsAskedForACodeAndSignsInWithIt() {
        Enrolled admin = enrolled();
        assertThat(admin.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(fixtures.auditAbout("admin:" + admin.contract().adminId()).get(0))
                .startsWith("SECOND_FACTOR_ENROL SUCCEEDED admin:"
                        + admin.contract().adminId());

        var person = new PortalClient(base);
        var asked = person.loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(asked.uri().getPath()).endsWith("/code.xhtml");
        assertThat(asked.body()).contains("認証アプリに表示されている6桁の確認コード");
        assertThat(person.get("admin/lines.xhtml").uri().getPath())
                .as("nothing opens before the code")
                .doesNotContain("/admin/");

        person.get("code.xhtml");
        String code = code(admin.secret(), 1);
        var in = person.submit("code", "submit", Map.of("value", code));
        assertThat(in.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(fixtures.auditAbout("admin:" + admin.contract().adminId()).get(0))
                .startsWith("ADMIN_LOGIN SUCCEEDED admin:" + admin.contract().adminId());

        // the same code a second time opens nothing: it was seen once
        var again = new PortalClient(base);
        again.loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(again.submit("code", "submit", Map.of("value", code)).body()).contains("確認コードが正しくないか");
        assertThat(again.get("admin/lines.xhtml").uri().getPath()).doesNotContain("/admin/");
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAuthenticator() {
        Enrolled admin = enrolled();
        String recovery = admin.recoveryCodes().get(3);

        var person = new PortalClient(base);
        person.loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(person.submit("code", "submit", Map.of("value", " " + recovery.toUpperCase() + " "))
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");
        assertThat(person.get("admin/second-factor.xhtml").body()).contains("未使用のリカバリーコード: 9個");

        var again = new PortalClient(base);
        again.loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(again.submit("code", "submit", Map.of("value", recovery))
                        .uri()
                        .getPath())
                .endsWith("/code.xhtml");
    }

    @Test
    void wrongCodesCountTowardsTheSameLockoutAsWrongPasswords() {
        Enrolled admin = enrolled();
        String adminId = admin.contract().adminId();
        new PortalClient(base).loginAdmin(adminId, "wrong-1");
        new PortalClient(base).loginAdmin(adminId, "wrong-2");
        assertThat(fixtures.administrator(adminId)).isEqualTo("locked=false failures=2");

        var person = new PortalClient(base);
        person.loginAdmin(adminId, Fixtures.ADMIN_PASSWORD);
        assertThat(fixtures.administrator(adminId))
                .as("a right password alone clears no failure")
                .isEqualTo("locked=false failures=2");
        for (String wrong : wrongCodes(admin.secret(), 3)) {
            assertThat(person.submit("code", "submit", Map.of("value", wrong)).body())
                    .contains("確認コードが正しくないか");
        }
        assertThat(fixtures.administrator(adminId)).startsWith("locked=true");
        assertThat(fixtures.auditAbout("admin:" + adminId).get(0)).startsWith("ADMIN_LOGIN LOCKED");

        // locked: the right password and the right code open nothing
        var later = new PortalClient(base);
        later.loginAdmin(adminId, Fixtures.ADMIN_PASSWORD);
        assertThat(later.current().uri().getPath()).doesNotEndWith("/code.xhtml");
        assertThat(later.get("code.xhtml").uri().getPath()).doesNotEndWith("/code.xhtml");
        assertThat(later.get("admin/lines.xhtml").uri().getPath()).doesNotContain("/admin/");
    }

    @Test
    void aWrongCodeAtEnrolmentEnrolsNothing() {
        TestContract contract = fixtures.contract(1);
        var admin = signedInAdmin(contract);
        var page = admin.get("admin/second-factor.xhtml");
        assertThat(page.body()).contains("data:image/png;base64,");
        String secret = secretOf(page);

        var refused = admin.submit(
                "enrol", "submit", Map.of("code", wrongCodes(secret, 1).get(0)));
        assertThat(refused.body()).contains("確認コードが正しくありません");
        assertThat(new PortalClient(base)
                        .loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD)
                        .uri()
                        .getPath())
                .as("still a password-only login")
                .endsWith("/admin/lines.xhtml");
    }

    @Test
    void theSettingMakesEveryAccountWithoutOneEnrolBeforeAnythingElse() {
        TestContract contract = fixtures.contract(1);
        fixtures.requireSecondFactor(true);
        try {
            var admin = new PortalClient(base);
            var landed = admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
            assertThat(landed.uri().getPath()).endsWith("/admin/second-factor.xhtml");
            assertThat(landed.body()).contains("二段階認証の設定が必要です");
            assertThat(admin.get("admin/audit.xhtml").uri().getPath()).endsWith("/admin/second-factor.xhtml");

            String secret = secretOf(admin.current());
            admin.submit("enrol", "submit", Map.of("code", code(secret, 0)));
            assertThat(admin.get("admin/lines.xhtml").uri().getPath()).endsWith("/admin/lines.xhtml");
        } finally {
            fixtures.requireSecondFactor(false);
        }
    }

    @Test
    void linkingAnAdministratorIdWithASecondFactorNeedsItsCode() {
        Enrolled admin = enrolled();
        String address = TestDirectory.newIspAddress();
        var person = MailAccountsTests.signedIn(base, fixtures, address);

        person.get("mail/admins.xhtml");
        var passwordOnly = person.submit(
                "link", "submit", Map.of("adminId", admin.contract().adminId(), "password", Fixtures.ADMIN_PASSWORD));
        assertThat(passwordOnly.body()).contains("管理者IDまたはパスワードが正しくないか").doesNotContain("を連携しました");
        assertThat(fixtures.administrator(admin.contract().adminId())).isEqualTo("locked=false failures=1");

        person.get("mail/admins.xhtml");
        var withCode = person.submit(
                "link",
                "submit",
                Map.of(
                        "adminId", admin.contract().adminId(),
                        "password", Fixtures.ADMIN_PASSWORD,
                        "code", code(admin.secret(), 1)));
        assertThat(withCode.body()).contains("管理者ID " + admin.contract().adminId() + " を連携しました");
        assertThat(fixtures.administrator(admin.contract().adminId())).isEqualTo("locked=false failures=0");
    }

    @Test
    void onlyTheProviderRemovesASecondFactor() {
        Enrolled admin = enrolled();
        var signedIn = new PortalClient(base);
        signedIn.loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD);
        signedIn.submit("code", "submit", Map.of("value", code(admin.secret(), 1)));
        assertThat(signedIn.get("admin/second-factor.xhtml").body())
                .contains("お問い合わせ先（事業者）にご依頼ください")
                .doesNotContain("id=\"enrol\"");

        String path = "contracts/" + admin.contract().number() + "/administrator/second-factor";
        assertThat(new ApiClient(base, ApiClient.ORDERS)
                        .send("DELETE", path, null, Map.of())
                        .status())
                .as("provisioning scope only")
                .isEqualTo(403);
        var reset = new ApiClient(base, ApiClient.DESK).send("DELETE", path, null, Map.of());
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().getBoolean("secondFactor")).isFalse();

        assertThat(new PortalClient(base)
                        .loginAdmin(admin.contract().adminId(), Fixtures.ADMIN_PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");
        assertThat(fixtures.auditAbout("admin:" + admin.contract().adminId()))
                .anyMatch(event -> event.startsWith("SECOND_FACTOR_RESET SUCCEEDED operator:"));
    }

    @Test
    void anEmailAccountSetsUpItsOwnAndOnlyTheProviderRemovesIt() {
        String address = TestDirectory.newIspAddress();
        var person = MailAccountsTests.signedIn(base, fixtures, address);
        String secret = secretOf(person.get("admin/second-factor.xhtml"));
        assertThat(person.submit("enrol", "submit", Map.of("code", code(secret, 0)))
                        .body())
                .contains("二段階認証を設定しました");

        var again = new PortalClient(base);
        assertThat(again.loginMail(address, MailAccountsTests.PASSWORD).uri().getPath())
                .endsWith("/code.xhtml");
        assertThat(again.submit("code", "submit", Map.of("value", code(secret, 1)))
                        .uri()
                        .getPath())
                .endsWith("/mail/admins.xhtml");

        String path = "email-accounts/" + address + "/second-factor";
        assertThat(new ApiClient(base, ApiClient.ORDERS)
                        .send("DELETE", path, null, Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(new ApiClient(base, ApiClient.DESK)
                        .send("DELETE", path, null, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(new PortalClient(base)
                        .loginMail(address, MailAccountsTests.PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/mail/admins.xhtml");
        assertThat(new ApiClient(base, ApiClient.DESK)
                        .send("DELETE", "email-accounts/nobody-" + address + "/second-factor", null, Map.of())
                        .status())
                .isEqualTo(404);
    }

    /** A new contract whose administrator enrolled through the page, with a code computed from the page's secret. */
    private Enrolled enrolled() {
        TestContract contract = fixtures.contract(1);
        var admin = signedInAdmin(contract);
        String secret = secretOf(admin.get("admin/second-factor.xhtml"));
        var done = admin.submit("enrol", "submit", Map.of("code", code(secret, 0)));
        assertThat(done.body()).contains("二段階認証を設定しました", "リカバリーコードはこの画面でのみ表示されます");
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(done.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(admin.get("admin/second-factor.xhtml").body())
                .as("the recovery codes are shown once")
                .doesNotContain(codes.get(0));
        return new Enrolled(contract, secret, codes);
    }

    static String secretOf(PortalClient.Page page) {
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1).replace(" ", "");
    }

    /** The authenticator's code for the time step {@code offset} steps from now (RFC 6238, 30 s, 6 digits). */
    static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Six-digit codes that are none of the secret's codes near now. */
    private static List<String> wrongCodes(String secret, int count) {
        List<String> near = List.of(code(secret, -1), code(secret, 0), code(secret, 1), code(secret, 2));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; wrong.size() < count; i++) {
            String candidate = String.format("%06d", i);
            if (!near.contains(candidate)) {
                wrong.add(candidate);
            }
        }
        return wrong;
    }
}
