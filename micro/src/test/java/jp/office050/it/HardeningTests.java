package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.Test;

/**
 * The holes a tampering review found, each tried as an attacker would over HTTP: forged headers, a second client
 * with an old session id, timing as a ratio of medians, oversized and malformed input.
 */
abstract class HardeningTests extends PortalTests {

    static final String ERROR_PAGE = "処理を完了できませんでした";
    static final String PASSWORD = "it-mail-password";

    // 1. Links in mails

    @Test
    void aMailLinkPointsToTheConfiguredAddressWhateverHostTheRequestNamed() {
        String address = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var visitor = new PortalClient(base);
        visitor.get("mypage/register.xhtml");

        var page = visitor.submit("register", "send", Map.of("address", address), Map.of("Host", "evil.example"));

        assertThat(page.status()).isEqualTo(200);
        String link = TestMailbox.absoluteLinkIn(TestMailbox.mailsTo(address).get(0));
        assertThat(link).startsWith(TestMailbox.LINK_URL).doesNotContain("evil.example");
    }

    // 2. Session renewal whenever a password is proved or the privilege changes

    @Test
    void aSessionIdKnownBeforeThePasswordWasProvedCannotConsentOrSignIn() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, PASSWORD, false);
        var person = new PortalClient(base);
        person.get("mypage/register.xhtml"); // a page with a session (the login forms open none)
        person.get("mail/");
        String beforeLogin = person.sessionId().orElseThrow();

        var consent = person.submit("login", "submit", Map.of("address", address, "password", PASSWORD));
        assertThat(consent.uri().getPath()).endsWith("/mail/consent.xhtml");
        String proved = person.sessionId().orElseThrow();
        assertThat(proved).isNotEqualTo(beforeLogin);

        var attacker = new PortalClient(base).withSessionId(beforeLogin);
        var refused = attacker.get("mail/consent.xhtml");
        assertThat(refused.uri().getPath()).endsWith("/mail/");
        assertThat(refused.body()).doesNotContain(address);
        assertThat(fixtures.mailAccount(address)).startsWith("registered=false");

        assertThat(person.submit("consent", "agree", Map.of()).uri().getPath()).endsWith("/mail/admins.xhtml");
        assertThat(person.sessionId()).get().isNotEqualTo(proved);
        var late = new PortalClient(base).withSessionId(proved).get("mail/admins.xhtml");
        assertThat(late.uri().getPath())
                .as("the id before consenting opens nothing")
                .endsWith("/mail/");
    }

    @Test
    void choosingAnAdministratorIdRenewsTheSessionId() {
        String address = TestDirectory.newIspAddress();
        var person = MailAccountsTests.signedIn(base, fixtures, address);
        TestContract contract = fixtures.contract(1);
        person.get("mail/admins.xhtml");
        person.submit("link", "submit", Map.of("adminId", contract.adminId(), "password", Fixtures.ADMIN_PASSWORD));
        String before = person.sessionId().orElseThrow();

        var list = person.submit("admins", "open", Map.of("table_selection", contract.adminId()));

        assertThat(list.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(person.sessionId()).get().isNotEqualTo(before);
        var stale = new PortalClient(base).withSessionId(before).get("admin/lines.xhtml");
        assertThat(stale.body()).doesNotContain(contract.loginIds().get(0));
    }

    // 3. Lockout says nothing about existence

    @Test
    void anUnknownIdIsCountedAndLockedExactlyLikeAKnownOne() {
        TestContract contract = fixtures.contract(1);
        String unknown = "NOSUCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String unknownAddress = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 6; i++) {
            assertThat(new PortalClient(base)
                            .loginAdmin(contract.adminId(), "wrong-" + i)
                            .body())
                    .contains(LoginTests.LOGIN_FAILED);
            assertThat(new PortalClient(base).loginAdmin(unknown, "wrong-" + i).body())
                    .contains(LoginTests.LOGIN_FAILED);
            assertThat(new PortalClient(base)
                            .loginMail(unknownAddress, "wrong-" + i)
                            .body())
                    .contains(MailAccountsTests.MAIL_LOGIN_FAILED);
        }

        List<String> expected = List.of("REFUSED", "LOCKED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(outcomes("admin:" + contract.adminId())).isEqualTo(expected);
        assertThat(outcomes("admin:" + unknown)).isEqualTo(expected);
        assertThat(outcomes("mail:" + unknownAddress)).isEqualTo(expected);
    }

    @Test
    void aLockedUnknownIdIsRefusedAsCheaplyAsALockedKnownOne() {
        TestContract contract = fixtures.contract(1);
        String unknown = "NOSUCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginAdmin(contract.adminId(), "wrong");
            new PortalClient(base).loginAdmin(unknown, "wrong");
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> hashed = new ArrayList<>();
        for (int round = 0; round < 9; round++) {
            known.add(timedAdminLogin(contract.adminId()));
            unknownTimes.add(timedAdminLogin(unknown));
            hashed.add(timedAdminLogin("FRESH" + UUID.randomUUID().toString().substring(0, 8)));
        }

        double ratio = (double) median(unknownTimes) / median(known);
        System.out.printf(
                "HardeningIT: refused median known %d µs, unknown %d µs (ratio %.2f); hashed median %d µs%n",
                median(known) / 1000, median(unknownTimes) / 1000, ratio, median(hashed) / 1000);
        assertThat(ratio).as("locked unknown / locked known").isBetween(0.5, 2.0);
        assertThat(median(known)).as("a refusal checks no password").isLessThan(median(hashed) / 2);
        assertThat(outcomes("admin:" + unknown)).first().isEqualTo("REFUSED");
    }

    @Test
    void unknownIdsAreForgottenOnceTheirLockAndWindowHaveEnded() {
        for (int i = 0; i < 3; i++) {
            new PortalClient(base)
                    .loginUser("nobody" + UUID.randomUUID().toString().substring(0, 8), "wrong");
        }
        assertThat(fixtures.unknownIdentifiers()).isGreaterThanOrEqualTo(3);

        fixtures.ageUnknownIdentifiers();
        assertThat(fixtures.forgetSpentUnknownIdentifiers()).isGreaterThanOrEqualTo(3);

        assertThat(fixtures.unknownIdentifiers()).isZero();
    }

    // 4. The password page counts wrong current passwords

    @Test
    void wrongCurrentPasswordsOnThePasswordPageLockTheLineAndEndTheSession() {
        TestContract contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        var user = new PortalClient(base);
        user.loginUser(loginId, Fixtures.USER_PASSWORD);
        user.get("user/settings/password.xhtml");
        Map<String, String> wrong = Map.of(
                "current", "not-my-password", "newPassword", "a new passphrase", "confirmation", "a new passphrase");
        for (int i = 0; i < 4; i++) {
            assertThat(user.submit("password", "change", wrong).body()).contains("現在のパスワードが正しくありません");
        }
        assertThat(fixtures.state(loginId)).contains("locked=false failures=4");

        var out = user.submit("password", "change", wrong);

        assertThat(out.uri().getPath()).endsWith("/user/");
        assertThat(out.body()).contains("ログインIDがロックされ、ログアウトしました");
        assertThat(fixtures.state(loginId)).contains("locked=true");
        assertThat(user.get("user/settings/index.xhtml").uri().getPath()).endsWith("/user/");
        assertThat(outcomes("line:" + loginId)).startsWith("LOCKED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(new PortalClient(base)
                        .loginUser(loginId, Fixtures.USER_PASSWORD)
                        .body())
                .contains(LoginTests.LOGIN_FAILED);
    }

    // 5. Input of any size or shape

    @Test
    void overlongAndMalformedInputGetsThePagesOwnMessageAndNeverAServerError() {
        String longAddress = "a".repeat(200) + "@example.org";
        var mail = new PortalClient(base).loginMail(longAddress, "password");
        assertThat(mail.status()).isEqualTo(200);
        assertThat(mail.body()).contains(MailAccountsTests.MAIL_LOGIN_FAILED);
        assertThat(fixtures.auditAbout("mail:?").get(0)).startsWith("MAIL_LOGIN FAILED");

        var visitor = new PortalClient(base);
        visitor.get("mypage/register.xhtml");
        var register = visitor.submit("register", "send", Map.of("address", "b".repeat(158) + "@example.org"));
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).doesNotContain(ERROR_PAGE);

        List<PortalClient.Page> pages = List.of(
                new PortalClient(base).loginAdmin("A".repeat(300), "password"),
                new PortalClient(base).loginAdmin("A0000001\u0000", "password"),
                new PortalClient(base).loginUser("u0501111\r\n0001", "password"),
                new PortalClient(base).loginUser("u05011110001", "p".repeat(65)),
                new PortalClient(base).loginAdmin("x".repeat(100_000), "p".repeat(100_000)),
                new PortalClient(base).loginMail("\u202e@isp.example", "password"));
        for (var page : pages) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .doesNotContain(ERROR_PAGE)
                    .containsAnyOf(LoginTests.LOGIN_FAILED, MailAccountsTests.MAIL_LOGIN_FAILED, "文字以内");
        }

        var raw = new PortalClient(base);
        String nonce = raw.get("./").nonce().orElseThrow();
        var badEncoding = raw.postBody(
                "index.xhtml",
                "login=login&login%3AadminId=%FF%FE%C3%28&login%3Apassword=%ZZ&login%3Asubmit=&primefaces.nonce="
                        + nonce + "&jakarta.faces.ViewState="
                        + URLEncoder.encode(raw.current().viewState(), StandardCharsets.UTF_8));
        assertThat(badEncoding.status()).as("a body that is not UTF-8").isNotEqualTo(500);
        assertThat(badEncoding.body()).doesNotContain(ERROR_PAGE);
        var noNonce = raw.post(
                "index.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:adminId",
                        "A0000001",
                        "login:password",
                        "x",
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        raw.current().viewState()));
        assertThat(noNonce.status())
                .as("a post without the page's script nonce")
                .isEqualTo(403);
    }

    @Test
    void anAjaxRequestWithoutThePagesScriptNonceOrWithAnotherPagesIsRefusedWithoutAServerError() {
        TestContract contract = fixtures.contract(1);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String anotherPages = new PortalClient(base).get("./").nonce().orElseThrow();

        for (String nonce : new String[] {null, anotherPages, "<script>"}) {
            var list = admin.get("admin/lines.xhtml");
            Map<String, String> search = new LinkedHashMap<>(Map.of(
                    "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "lines:find",
                    "jakarta.faces.partial.execute", "lines:find lines:search",
                    "jakarta.faces.partial.render", "lines:table",
                    "lines", "lines",
                    "lines:find", "lines:find",
                    "lines:search", contract.loginIds().get(0),
                    "jakarta.faces.ViewState", list.viewState()));
            if (nonce != null) {
                search.put("primefaces.nonce", nonce);
            }
            var answer = admin.post("admin/lines.xhtml", search, Map.of("Faces-Request", "partial/ajax"));
            assertThat(answer.status()).as("nonce " + nonce).isEqualTo(403);
            assertThat(answer.body()).contains(ProxyTests.FORBIDDEN);
        }
        assertThat(admin.get("admin/lines.xhtml").body())
                .as("the session goes on")
                .contains(contract.loginIds().get(0));
    }

    @Test
    void aTamperedPagingRequestOfTheListIsRefusedAsSuch() {
        TestContract contract = fixtures.contract(1);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        for (var rows : List.of(Map.of("rows", "100000000", "first", "0"), Map.of("rows", "20", "first", "-50"))) {
            admin.get("admin/lines.xhtml");
            var answer = admin.ajaxEvent(
                    "lines",
                    "lines:table",
                    "page",
                    "lines:table",
                    Map.of(
                            "lines:table_pagination",
                            "true",
                            "lines:table_first",
                            rows.get("first"),
                            "lines:table_rows",
                            rows.get("rows"),
                            "lines:table_encodeFeature",
                            "true"));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains(ProxyTests.FORBIDDEN).doesNotContain(ERROR_PAGE);
        }
        assertThat(admin.get("admin/lines.xhtml").body())
                .contains(contract.loginIds().get(0));
    }

    // 6. Security headers

    @Test
    void everyPageCarriesTheSecurityHeadersAndSignedInPagesAreNeverStored() {
        var client = new PortalClient(base);
        var login = client.get("./");

        String csp = login.header("Content-Security-Policy").orElseThrow();
        String scriptSrc = directive(csp, "script-src");
        assertThat(scriptSrc).contains("'self'", "'nonce-").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
        assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.header("Referrer-Policy")).contains("same-origin");
        assertThat(login.header("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
        assertThat(login.headers().allValues("Set-Cookie"))
                .as("a login form opens no session")
                .isEmpty();
        assertThat(new PortalClient(base).get("mypage/register.xhtml").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie.toLowerCase(Locale.ROOT))
                        .contains("jsessionid=", "; httponly", "; samesite=lax"));
        assertNoScriptWithoutTheNonce(login.body(), scriptSrc);

        TestContract contract = fixtures.contract(1);
        var list = client.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(list.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(list.header("Cache-Control")).contains("no-store");
        assertNoScriptWithoutTheNonce(
                list.body(), directive(list.header("Content-Security-Policy").orElseThrow(), "script-src"));
        Matcher stylesheet =
                Pattern.compile("href=\"([^\"]*portal\\.css[^\"]*)\"").matcher(list.body());
        assertThat(stylesheet.find()).isTrue();
        var css = client.fetch(stylesheet.group(1).replace("&amp;", "&"));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    // 7. Session ids in URLs

    @Test
    void aSessionIdInTheUrlOpensNothing() {
        TestContract contract = fixtures.contract(1);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String session = admin.sessionId().orElseThrow();

        var stranger = new PortalClient(base).get("admin/lines.xhtml;jsessionid=" + session);

        assertThat(stranger.body()).doesNotContain(contract.loginIds().get(0)).contains("管理者IDでログイン");
        assertThat(stranger.uri().getPath()).doesNotContain("jsessionid");
    }

    // 8. Log injection

    @Test
    void whatWasTypedCannotForgeALineOfTheAuditLog() {
        fixtures.listenToAuditLog();
        String forged = "x\n[2026-12-02T00:00:00.000+0000] audit admin:A0000001 ADMIN_LOGIN admin:A0000001 SUCCEEDED";

        new PortalClient(base).loginAdmin(forged, "password");
        new PortalClient(base).loginUser("u1\r\nforged", "password");
        new PortalClient(base).loginMail("someone\u2028@example.org", "password");

        List<String> log = fixtures.auditLog();
        assertThat(log).anySatisfy(line -> assertThat(line).contains("ADMIN_LOGIN admin:?"));
        assertThat(log).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r", "\u2028"));
    }

    // 10. Proxy windows

    @Test
    void aProxyWindowOpensOnlyByAPostAndASessionHoldsOneGrantPerLine() {
        TestContract contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        long lineId = fixtures.lineId(loginId);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        var get = admin.get("admin/proxy/open.xhtml?line=" + lineId);
        assertThat(get.status()).isEqualTo(404);
        assertThat(fixtures.auditAbout("line:" + loginId)).noneMatch(e -> e.startsWith("PROXY_ACCESS"));

        String first = ProxyTests.openProxy(admin, lineId);
        for (int i = 0; i < 20; i++) {
            assertThat(ProxyTests.openProxy(admin, lineId)).isEqualTo(first);
        }
        assertThat(fixtures.auditAbout("line:" + loginId))
                .filteredOn(e -> e.startsWith("PROXY_ACCESS"))
                .hasSize(21);
    }

    // 11. Temporary passwords expire

    @Test
    void aResetPasswordNotUsedInTimeNoLongerWorksAndTheListSaysSo() {
        TestContract contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        String temporary = Answers.object(
                        admin.post("admin/it/reset", Map.of("lineId", Long.toString(fixtures.lineId(loginId)))))
                .getString("password");

        fixtures.expireTemporaryPassword(loginId);
        var refused = new PortalClient(base).loginUser(loginId, temporary);

        assertThat(refused.uri().getPath()).endsWith("/user/");
        assertThat(refused.body()).contains("初期化パスワードは有効期限が切れています");
        assertThat(new PortalClient(base).loginUser(loginId, "a wrong one").body())
                .contains(LoginTests.LOGIN_FAILED)
                .doesNotContain("有効期限");
        assertThat(admin.get("admin/lines.xhtml").body()).contains("期限切れ（再度の初期化が必要）");
    }

    private long timedAdminLogin(String adminId) {
        var client = new PortalClient(base);
        client.get("./");
        long start = System.nanoTime();
        var page = client.submit("login", "submit", Map.of("adminId", adminId, "password", "wrong-password"));
        long elapsed = System.nanoTime() - start;
        assertThat(page.body()).contains(LoginTests.LOGIN_FAILED);
        return elapsed;
    }

    private List<String> outcomes(String target) {
        return fixtures.auditAbout(target).stream()
                .map(event -> event.split(" ")[1])
                .toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    /** Every script of the page carries the response's nonce, and no element has an inline event handler. */
    private static void assertNoScriptWithoutTheNonce(String html, String scriptSrc) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scriptSrc);
        assertThat(nonce.find()).isTrue();
        Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(scripts).isPositive();
        assertThat(html).doesNotContainPattern("<[^>]+\\son[a-z]+=\"");
    }
}
