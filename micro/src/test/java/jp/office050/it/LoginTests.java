package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins on both sites over HTTP: lockout, its atomic counting, sessions, stale pages, audit. */
abstract class LoginTests extends PortalTests {

    static final String LOGIN_FAILED = "IDまたはパスワードが正しくないか";

    TestContract contract;

    @BeforeEach
    void contract() throws Exception {
        contract = fixtures.contract(3);
    }

    @Test
    void adminLogsInAndSeesOnlyTheOrdinaryLinesOfItsContract() {
        var page = new PortalClient(base).loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        assertThat(page.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(page.body())
                .contains(
                        "利用者番号一覧",
                        contract.loginIds().get(0),
                        contract.loginIds().get(2));
        assertThat(page.body()).doesNotContain(contract.multipleNumberLoginId());
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()))
                .first()
                .asString()
                .startsWith("ADMIN_LOGIN SUCCEEDED admin:" + contract.adminId() + " 127.0.0.1");
    }

    @Test
    void theProvidersSupportDeskIsOnTheLoginPagesAndEveryPageInTheirLanguage() throws Exception {
        var admin = new PortalClient(base);
        for (String login : List.of("", "user/", "mail/")) {
            assertThat(admin.get(login).body())
                    .as("login page /%s", login)
                    .contains("お問い合わせ先", "IT-Desk-ja", "フリーダイヤル： 0120-111-222", "href=\"tel:0120111222\"")
                    .contains("受付時間： 24h-ja");
        }
        assertThat(admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD).body())
                .as("a signed-in page")
                .contains("IT-Desk-ja", "0120-111-222");

        var english = inEnglish("user/").body();
        assertThat(english).contains("Support", "IT-Desk-en", "Toll-free: 0120-111-222", "Hours: 24h-en");
        assertThat(english).doesNotContain("IT-Desk-ja");
    }

    @Test
    void wrongPasswordAndUnknownIdGetTheSameMessage() {
        var wrong = new PortalClient(base).loginAdmin(contract.adminId(), "not-the-password");
        var unknown = new PortalClient(base).loginAdmin("NOSUCHADMIN", "not-the-password");

        assertThat(wrong.uri().getPath()).doesNotContain("/admin/");
        assertThat(wrong.body()).contains(LOGIN_FAILED);
        assertThat(unknown.body()).contains(LOGIN_FAILED);
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()))
                .first()
                .asString()
                .startsWith("ADMIN_LOGIN FAILED");
    }

    @Test
    void fiveFailuresLockTheLoginIdAndEvenTheRightPasswordIsRefusedWithoutBeingChecked() {
        String loginId = contract.loginIds().get(0);
        for (int i = 0; i < 5; i++) {
            assertThat(new PortalClient(base).loginUser(loginId, "wrong-" + i).body())
                    .contains(LOGIN_FAILED);
        }
        var locked = new PortalClient(base).loginUser(loginId, Fixtures.USER_PASSWORD);

        assertThat(locked.body()).contains(LOGIN_FAILED);
        assertThat(fixtures.state(loginId)).contains("locked=true");
        assertThat(fixtures.auditAbout("user:" + loginId))
                .extracting(line -> line.split(" ")[1])
                .containsExactly("REFUSED", "LOCKED", "FAILED", "FAILED", "FAILED", "FAILED");
    }

    @Test
    void anAdministratorIdLocksAfterFiveFailuresLikeALoginId() {
        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginAdmin(contract.adminId(), "wrong-" + i);
        }

        var page = new PortalClient(base).loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        assertThat(page.uri().getPath()).doesNotContain("/admin/");
        assertThat(page.body()).contains(LOGIN_FAILED);
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()))
                .extracting(line -> line.split(" ")[1])
                .containsExactly("REFUSED", "LOCKED", "FAILED", "FAILED", "FAILED", "FAILED");
    }

    @Test
    void successResetsTheFailureCount() {
        String loginId = contract.loginIds().get(1);
        for (int i = 0; i < 4; i++) {
            new PortalClient(base).loginUser(loginId, "wrong-" + i);
        }
        assertThat(fixtures.state(loginId)).contains("failures=4");

        var page = new PortalClient(base).loginUser(loginId, Fixtures.USER_PASSWORD);

        assertThat(page.uri().getPath()).endsWith("/user/settings/index.xhtml");
        assertThat(fixtures.state(loginId)).contains("locked=false failures=0");
    }

    @Test
    void parallelWrongPasswordsAreEachCountedAndNoneIsCheckedAfterTheLock() throws Exception {
        String loginId = contract.loginIds().get(2);
        int attempts = 16;
        List<PortalClient> clients = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            var client = new PortalClient(base);
            client.get("user/");
            clients.add(client);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<PortalClient.Page>> pages = new ArrayList<>();
            for (PortalClient client : clients) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return client.submit("login", "submit", Map.of("loginId", loginId, "password", "wrong"));
                }));
            }
            start.countDown();
            for (var page : pages) {
                assertThat(page.get(120, TimeUnit.SECONDS).body()).contains(LOGIN_FAILED);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> outcomes = fixtures.auditAbout("user:" + loginId).stream()
                .map(line -> line.split(" ")[1])
                .toList();
        assertThat(outcomes).hasSize(attempts);
        assertThat(outcomes).filteredOn("FAILED"::equals).hasSize(4);
        assertThat(outcomes).filteredOn("LOCKED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("REFUSED"::equals).hasSize(attempts - 5);
        assertThat(fixtures.state(loginId)).contains("locked=true failures=5");
    }

    @Test
    void aProtectedPageWithAnExpiredSessionLeadsToTheLoginPageWithAMessage() {
        var client = new PortalClient(base);
        client.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        client.fetch("it/expire-session");

        var page = client.get("admin/lines.xhtml");

        assertThat(page.uri().getPath()).isEqualTo(base.getPath());
        assertThat(page.uri().getQuery()).isEqualTo("expired=true");
        assertThat(page.body()).contains("セッションの有効期限が切れました", "管理者IDでログイン");
    }

    @Test
    void aLoginFormKeepsNothingInASessionSoItNeverGoesStale() {
        var client = new PortalClient(base);
        var form = client.get("./");
        client.fetch("it/expire-session");

        var page = client.submit(
                "login", "submit", Map.of("adminId", contract.adminId(), "password", Fixtures.ADMIN_PASSWORD));

        assertThat(form.header("Set-Cookie"))
                .as("the login page opens no session")
                .isEmpty();
        assertThat(page.uri().getPath()).endsWith("/admin/lines.xhtml");
    }

    @Test
    void onlyAPostOfTheFormAsItsPageSendsItLogsIn() {
        String loginId = contract.loginIds().get(0);
        var client = new PortalClient(base);
        String nonce = client.get("user/").nonce().orElseThrow();
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "login",
                "login",
                "login:loginId",
                loginId,
                "login:password",
                Fixtures.USER_PASSWORD,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                "stateless",
                "primefaces.nonce",
                nonce));

        var withoutButton = new LinkedHashMap<>(form);
        withoutButton.remove("login:submit");
        var withoutViewState = new LinkedHashMap<>(form);
        withoutViewState.remove("jakarta.faces.ViewState");
        for (var post : List.of(withoutButton, withoutViewState)) {
            var page = new PortalClient(base).post("user/index.xhtml", post);
            assertThat(page.status()).as("%s", post.keySet()).isEqualTo(200);
            assertThat(page.uri().getPath()).doesNotContain("/settings/");
            assertThat(page.body()).contains("login:loginId").doesNotContain(LOGIN_FAILED);
        }
        assertThat(fixtures.auditAbout("user:" + loginId))
                .as("no login was tried")
                .isEmpty();

        var whole = new PortalClient(base);
        assertThat(whole.post("user/index.xhtml", form).uri().getPath()).endsWith("/user/settings/index.xhtml");
        assertThat(whole.get("user/settings/index.xhtml").body()).contains(loginId);
    }

    @Test
    void aStaleFormIsReloadedWithAMessageInsteadOfAnErrorPage() {
        var client = new PortalClient(base);
        client.get("mypage/register.xhtml");
        client.fetch("it/expire-session");

        var page = client.submit("register", "send", Map.of("address", "someone@example.jp"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ページの有効期限が切れていたため");
    }

    @Test
    void aLockedIdIsRefusedWithTheLoginPageAsJsfRenderedItEachTimeWithAFreshNonce() {
        String loginId = contract.loginIds().get(0);
        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginUser(loginId, "wrong-" + i);
        }
        List<PortalClient.Page> refusals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refusals.add(new PortalClient(base).loginUser(loginId, Fixtures.USER_PASSWORD));
        }
        String unknown = "u05\"<b>x'&-" + System.nanoTime();
        for (int i = 0; i < 6; i++) {
            new PortalClient(base).loginUser(unknown, "wrong");
        }
        var unknownRefused = new PortalClient(base).loginUser(unknown, "wrong");

        for (var refusal : refusals) {
            assertThat(refusal.status()).isEqualTo(200);
            assertThat(refusal.uri().getPath()).doesNotContain("/settings/");
            assertThat(refusal.body()).contains(LOGIN_FAILED, "value=\"" + loginId + "\"");
            String nonce = refusal.nonce().orElseThrow();
            assertThat(refusal.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("'nonce-" + nonce + "'"));
            assertThat(refusal.body()).contains("nonce=\"" + nonce + "\"");
        }
        assertThat(refusals.stream().map(page -> page.nonce().orElseThrow()).distinct())
                .as("a fresh nonce in every answer")
                .hasSize(3);
        assertThat(unknownRefused.body())
                .contains(LOGIN_FAILED)
                .contains("value=\"u05&quot;&lt;b&gt;x")
                .doesNotContain("<b>x");
        assertThat(fixtures.auditAbout("user:" + loginId))
                .extracting(line -> line.split(" ")[1])
                .containsExactly("REFUSED", "REFUSED", "REFUSED", "LOCKED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(fixtures.state(loginId)).contains("locked=true failures=5");
        assertThat(fixtures.auditAbout("user:" + loginId).get(0)).contains("REFUSED user:" + loginId + " 127.0.0.1");

        var refused = new PortalClient(base);
        refused.loginUser(loginId, Fixtures.USER_PASSWORD);
        var fromTheRefusalPage = refused.submit(
                "login", "submit", Map.of("loginId", contract.loginIds().get(1), "password", Fixtures.USER_PASSWORD));
        assertThat(fromTheRefusalPage.uri().getPath())
                .as("the refusal page's form logs in an ID that is not locked")
                .endsWith("/user/settings/index.xhtml");
    }

    @Test
    void whatAVisitorSendsOfItselfNeverReachesThePageOthersGet() throws Exception {
        var http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        for (int i = 0; i < 70; i++) { // more languages than pages are kept
            var forged = http.send(
                    java.net.http.HttpRequest.newBuilder(base.resolve("user/"))
                            .header("Host", "evil.example")
                            .header("Accept-Language", "ja, x-" + i)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(200);
            assertThat(forged.body()).doesNotContain("evil.example");
        }

        var page = new PortalClient(base).get("user/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ja\"").doesNotContain("evil.example");
    }

    @Test
    void theLoginPageIsTheSameForEveryoneWithAFreshNonceAndInTheirLanguage() throws Exception {
        var first = new PortalClient(base).get("user/");
        var second = new PortalClient(base).get("user/");
        var english = inEnglish("user/");

        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(second.body().replace(second.nonce().orElseThrow(), "N"))
                .isEqualTo(first.body().replace(first.nonce().orElseThrow(), "N"));
        assertThat(english.body()).contains("lang=\"en\"").doesNotContain("lang=\"ja\"");
        assertThat(inLanguage("user/", null).body())
                .as("a browser that asks for no language")
                .contains("lang=\"ja\"");
        assertThat(second.header("X-Frame-Options")).contains("DENY");
        assertThat(second.header("Cache-Control")).contains("no-store");
    }

    @Test
    void logoutEndsTheSession() {
        var client = new PortalClient(base);
        client.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        var out = client.submit("session", "logout", Map.of());
        var again = client.get("admin/lines.xhtml");

        assertThat(out.body()).contains("ログアウトしました");
        assertThat(fixtures.auditAbout("admin:" + contract.adminId()))
                .first()
                .asString()
                .startsWith("LOGOUT SUCCEEDED");
        assertThat(again.uri().getPath()).isEqualTo(base.getPath());
        assertThat(again.body()).doesNotContain(contract.loginIds().get(0));
    }

    @Test
    void aUserCannotOpenTheAdminPortal() {
        var client = new PortalClient(base);
        client.loginUser(contract.loginIds().get(0), Fixtures.USER_PASSWORD);

        var page = client.get("admin/lines.xhtml");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(contract.loginIds().get(1));
    }

    @Test
    void aLoginFormPostedFromAnotherSiteSignsNobodyIn() throws Exception {
        String loginId = contract.loginIds().get(2);

        var foreign = postLogin(loginId, "https://evil.example");
        var own = postLogin(loginId, base.getScheme() + "://" + base.getRawAuthority());

        assertThat(foreign.statusCode()).as("posted from another site").isEqualTo(403);
        assertThat(settingsPage(foreign).statusCode())
                .as("the settings page, with whatever cookie the refusal set")
                .isEqualTo(302);
        assertThat(fixtures.state(loginId)).as("not even counted").contains("failures=0");
        assertThat(own.statusCode()).as("posted from the portal's own page").isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElseThrow()).endsWith("/user/settings/index.xhtml");
    }

    /** The user's settings page asked for with the session cookie an answer set, if any (not following redirects). */
    private java.net.http.HttpResponse<String> settingsPage(java.net.http.HttpResponse<String> answer)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(base.resolve("user/settings/index.xhtml"));
        answer.headers()
                .firstValue("Set-Cookie")
                .ifPresent(cookie -> request.header("Cookie", cookie.split(";", 2)[0]));
        return send(request);
    }

    /** The user login form posted as a browser posts it, from a page of the given origin. */
    private java.net.http.HttpResponse<String> postLogin(String loginId, String origin) throws Exception {
        var form = new PortalClient(base).get("user/");
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", "login");
        fields.put("login:loginId", loginId);
        fields.put("login:password", Fixtures.USER_PASSWORD);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        return send(java.net.http.HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "ja")
                .header("Origin", origin)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(PortalClient.encode(fields))));
    }

    /** A page asked for by a browser set to English, without cookies. */
    private java.net.http.HttpResponse<String> inEnglish(String path) throws Exception {
        return inLanguage(path, "en");
    }

    /** A page asked for without cookies, in a language (none: no Accept-Language header). */
    private java.net.http.HttpResponse<String> inLanguage(String path, String language) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(base.resolve(path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request);
    }

    /** A request sent as it is: no cookies or headers added, redirects not followed. */
    private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
