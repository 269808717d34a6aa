package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.office050.it.cluster.MicroInstance;
import jp.office050.it.cluster.OwnPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two Payara Micro instances in one cluster (Hazelcast on loopback, web sessions replicated), on a PostgreSQL server
 * of the test's own, with the demo data: what an operator's cluster must do. A client reaches an instance as a load
 * balancer without stickiness would send it there; the tests run in order, each leaving the cluster as the next needs
 * it (the failover kills an instance, the restart brings both back, the outage takes the database away and returns
 * it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int THRESHOLD = 5;
    private static final Duration START = Duration.ofMinutes(4);
    private static final String ADMIN = "A0000001";
    private static final String ADMIN_PASSWORD = "demo-admin-1";
    private static final String USER_PASSWORD = "demo-user-1";
    private static final Pattern PASSWORD = Pattern.compile("portal-password\">([A-HJ-NP-Za-km-z2-9]{12})<");

    private static OwnPostgres postgres;
    private static MicroInstance a;
    private static MicroInstance b;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<Path> bin = OwnPostgres.binaries();
        assumeTrue(bin.isPresent(), "SKIPPED: no PostgreSQL server programs under /usr/lib/postgresql");
        Path dir = Path.of(property("it.cluster.dir"));
        Files.createDirectories(dir);
        postgres = OwnPostgres.start(bin.get(), dir.resolve("postgres"), port("it.cluster.pg.port"));
        postgres.createDatabase("office050");
        int hzA = port("it.cluster.hz.a");
        int hzB = port("it.cluster.hz.b");
        var cluster = new MicroInstance.Cluster(
                Path.of(property("payara.microJar")),
                Path.of(property("it.war")),
                Path.of(property("it.postgresJar")),
                Path.of(property("it.preBoot")),
                Path.of(property("it.postBoot")),
                dir,
                "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB,
                "office050-it-" + ProcessHandle.current().pid(),
                Map.of(
                        "OFFICE050_BIND_ADDRESS", "127.0.0.1",
                        "DB_HOST", "127.0.0.1",
                        "DB_PORT", Integer.toString(postgres.port()),
                        "DB_NAME", "office050",
                        "DB_USER", "postgres",
                        "DB_PASSWORD", "postgres"),
                List.of(
                        "-Xmx512m",
                        "-Doffice050.demo=true",
                        "-Doffice050.mail.delivery=log",
                        "-Doffice050.session.cookie-secure=false",
                        "-Doffice050.lockout.threshold=" + THRESHOLD));
        a = new MicroInstance(cluster, "office050-a", port("it.cluster.http.a"), hzA);
        b = new MicroInstance(cluster, "office050-b", port("it.cluster.http.b"), hzB);
        a.start(); // the first migrates the database and loads the demo data
        a.awaitReady(START);
        b.start();
        b.awaitReady(START);
    }

    @AfterAll
    static void stopCluster() {
        for (AutoCloseable each : new AutoCloseable[] {b, a, postgres}) {
            if (each != null) {
                try {
                    each.close();
                } catch (Exception e) {
                    System.err.println("could not stop " + each + ": " + e);
                }
            }
        }
    }

    /**
     * 100 wrong passwords for one login ID, at once, half through each instance: exactly the threshold of them is
     * checked (the last one locks), every other is refused unchecked, and afterwards even the right password is refused.
     */
    @Test
    @Order(1)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void parallelGuessesOnBothInstancesAreCountedExactly() throws Exception {
        String loginId = "u05011110100";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> guesses = IntStream.range(0, 100)
                    .mapToObj(i -> (Callable<Integer>) () -> new PortalClient((i % 2 == 0 ? a : b).base())
                            .loginUser(loginId, "wrong-" + i)
                            .status())
                    .toList();
            for (Future<Integer> answer : pool.invokeAll(guesses, 4, TimeUnit.MINUTES)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(loginOutcomes(loginId)).isEqualTo(Map.of("FAILED", THRESHOLD - 1, "LOCKED", 1, "REFUSED", 95));
        assertThat(failures(loginId)).isEqualTo(THRESHOLD);
        var right = new PortalClient(b.base()).loginUser(loginId, USER_PASSWORD);
        assertThat(right.uri().getPath()).doesNotContain("/user/settings/");
        assertThat(loginOutcomes(loginId)).containsEntry("REFUSED", 96).containsEntry("FAILED", THRESHOLD - 1);

        // two failures now, for the restart below to continue from
        new PortalClient(a.base()).loginUser("u05011110200", "wrong-a");
        new PortalClient(b.base()).loginUser("u05011110200", "wrong-b");
        assertThat(failures("u05011110200")).isEqualTo(2);
    }

    /**
     * An administrator with the list, a proxy window and an email account's choice open through instance A goes on
     * through B after A is killed: still signed in, the same pages answer their posts, each action audited once.
     */
    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anAdministratorKeepsWorkingWhenTheirInstanceIsKilled() throws Exception {
        var admin = new PortalClient(a.base());
        assertThat(admin.loginAdmin(ADMIN, ADMIN_PASSWORD).uri().getPath()).endsWith("/admin/lines.xhtml");
        String proxied = "u05011110001";
        String grant = ProxyTests.openProxy(admin, lineId(proxied));
        var proxyWindow = new PortalClient(a.base());
        proxyWindow.shareCookiesWith(admin);
        assertThat(proxyWindow
                        .get("admin/proxy/forwarding.xhtml?grant=" + grant)
                        .body())
                .contains("代理設定中", proxied);
        String locked = "u05011119998";
        var list = new PortalClient(a.base());
        list.shareCookiesWith(admin);
        list.get("admin/lines.xhtml");
        select(list, locked);
        var mail = new PortalClient(a.base());
        assertThat(mail.loginMail("kanri@isp.example", "demo-mail-2").uri().getPath())
                .endsWith("/mail/admins.xhtml");
        assertThat(mail.submit("admins", "open", Map.of("table_selection", "A0000002"))
                        .body())
                .contains("u05022220001");
        assertThat(a.logText()).doesNotContain("Cannot serialize");

        a.kill();
        for (PortalClient browser : List.of(admin, proxyWindow, list, mail)) {
            browser.reachThrough(b.base());
        }

        long killed = System.nanoTime();
        var released = ajax(list, "actions", "actions:release", "actions:release", "lines:table actions done growl");
        System.out.printf(
                "[cluster] the first click on B after A was killed took %.0f ms%n", (System.nanoTime() - killed) / 1e6);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body()).containsPattern("releasedFor\"[^>]*>" + locked + "<");
        assertThat(failures(locked)).isZero();
        assertThat(audited("LOCKOUT_RELEASE", "line:" + locked)).isEqualTo(1);

        var saved = proxyWindow.submit(
                "forwarding",
                "save",
                PortalTests.forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));
        assertThat(saved.body()).contains("設定を保存しました", "すべての着信を 0312345678 に転送します", "代理設定中");
        assertThat(audited("FORWARDING_CHANGE", "line:" + proxied)).isEqualTo(1);

        select(list, locked);
        var reset = ajax(list, "actions", "actions:reset", "actions:reset", "lines:table actions done growl");
        Matcher shown = PASSWORD.matcher(reset.body());
        assertThat(shown.find()).as("a new password is shown: %s", reset.body()).isTrue();
        assertThat(audited("PASSWORD_RESET", "line:" + locked)).isEqualTo(1);

        var again = admin.get("admin/lines.xhtml");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(again.body()).contains(ADMIN, "u05011110002");
        var chosen = mail.get("admin/lines.xhtml");
        assertThat(chosen.body()).contains("A0000002", "u05022220001").doesNotContain("u05011110002");
        assertThat(b.logText()).doesNotContain("Cannot serialize");
    }

    /**
     * Every instance stopped and started again: the sessions went with them (a login is asked for, no error), the
     * lockout counters and locks are where they were.
     */
    @Test
    @Order(3)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void countersAndLocksSurviveARestartOfEveryInstance() throws Exception {
        var admin = new PortalClient(b.base());
        admin.loginAdmin(ADMIN, ADMIN_PASSWORD);
        b.stop();
        a.kill(); // gone already
        a.start();
        b.start();
        a.awaitReady(START);
        b.awaitReady(START);

        admin.reachThrough(a.base());
        var asked = admin.get("admin/lines.xhtml");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.uri().getPath()).doesNotEndWith("/admin/lines.xhtml");
        assertThat(asked.body()).contains("jakarta.faces.ViewState").doesNotContain("u05011110002");

        String counting = "u05011110200";
        new PortalClient(a.base()).loginUser(counting, "wrong-c");
        new PortalClient(b.base()).loginUser(counting, "wrong-d");
        assertThat(loginOutcomes(counting)).isEqualTo(Map.of("FAILED", 4));
        new PortalClient(a.base()).loginUser(counting, "wrong-e");
        assertThat(loginOutcomes(counting)).isEqualTo(Map.of("FAILED", 4, "LOCKED", 1));

        var stillLocked = new PortalClient(a.base()).loginUser("u05011110100", USER_PASSWORD);
        assertThat(stillLocked.uri().getPath()).doesNotContain("/user/settings/");
        assertThat(loginOutcomes("u05011110100")).containsEntry("REFUSED", 97);
    }

    /**
     * The database goes away: readiness says DOWN (liveness stays UP), signed-in pages answer a plain 503, a save is
     * refused and nothing of it is written, a login and a page that reads the database are told to try later. The database returns: without a restart, the
     * same sessions go on.
     */
    @Test
    @Order(4)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void whenTheDatabaseGoesAwayPagesSayUnavailableAndComeBackWithIt() throws Exception {
        var admin = new PortalClient(a.base());
        admin.loginAdmin(ADMIN, ADMIN_PASSWORD);
        String loginId = "u05011110006";
        var user = new PortalClient(b.base());
        assertThat(user.loginUser(loginId, USER_PASSWORD).uri().getPath()).contains("/user/settings/");
        user.get("user/settings/forwarding.xhtml");
        var stranger = new PortalClient(a.base());
        stranger.get("./");

        postgres.stop();
        try {
            for (MicroInstance instance : List.of(a, b)) {
                var ready = health(instance, "ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("DOWN");
                assertThat(health(instance, "live").statusCode()).isEqualTo(200);
            }
            var list = admin.get("admin/lines.xhtml");
            assertThat(list.status()).isEqualTo(503);
            assertThat(list.body()).contains("一時的に利用できません").doesNotContain("Exception");
            var save = user.submit(
                    "forwarding",
                    "save",
                    PortalTests.forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));
            assertThat(save.status()).isEqualTo(503);
            var login = stranger.submit("login", "submit", Map.of("adminId", ADMIN, "password", ADMIN_PASSWORD));
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.body()).contains("一時的に利用できません").doesNotContain("Exception");
            var link = new PortalClient(b.base()).get("mypage/verify.xhtml?token=" + "x".repeat(43));
            assertThat(link.status()).isEqualTo(503);
            assertThat(link.body()).contains("一時的に利用できません");
        } finally {
            postgres.start();
        }

        long returned = System.nanoTime();
        awaitReady(a);
        awaitReady(b);
        System.out.printf(
                "[cluster] both instances ready again %.1f s after the database returned%n",
                (System.nanoTime() - returned) / 1e9);
        var back = admin.get("admin/lines.xhtml");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("u05011110002");
        var settings = user.get("user/settings/index.xhtml");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).doesNotContain("0312345678");
        user.get("user/settings/forwarding.xhtml");
        var saved = user.submit(
                "forwarding",
                "save",
                PortalTests.forwardingForm(Map.of("always_input", "on", "destination", "0312345678")));
        assertThat(saved.body()).contains("設定を保存しました", "すべての着信を 0312345678 に転送します");
        assertThat(audited("FORWARDING_CHANGE", "line:" + loginId)).isEqualTo(1);
    }

    /** Selects a line on the list as the page does: a search for it, then a click on its row. */
    private static void select(PortalClient list, String loginId) throws SQLException {
        var found = ajax(
                list,
                "lines",
                "lines:find",
                "lines:find lines:search lines:lockedOnly",
                "lines:table actions",
                Map.of("lines:search", loginId));
        assertThat(found.body()).contains(loginId);
        String key = Long.toString(lineId(loginId));
        list.ajaxEvent(
                "lines",
                "lines:table",
                "rowSelect",
                "actions",
                Map.of("lines:table_instantSelection", key, "lines:table_selection", key));
    }

    private static PortalClient.Page ajax(
            PortalClient window, String form, String source, String execute, String render) {
        return ajax(window, form, source, execute, render, Map.of());
    }

    /** A PrimeFaces Ajax button of the page on screen, as its script posts it. */
    private static PortalClient.Page ajax(
            PortalClient window,
            String form,
            String source,
            String execute,
            String render,
            Map<String, String> fields) {
        var post = new LinkedHashMap<String, String>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", execute);
        post.put("jakarta.faces.partial.render", render);
        post.put(form, form);
        post.put(source, source);
        post.putAll(fields);
        post.put("jakarta.faces.ViewState", window.current().viewState());
        window.current().nonce().ifPresent(nonce -> post.put("primefaces.nonce", nonce));
        return window.post(window.current().uri().getPath(), post, Map.of("Faces-Request", "partial/ajax"));
    }

    private static HttpResponse<String> health(MicroInstance instance, String check) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(instance.root().resolve("health/" + check))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Ready again by itself, within a minute of the database's return. */
    private static void awaitReady(MicroInstance instance) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = health(instance, "ready").statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(instance.name() + " not ready again within 60 s (HTTP " + status + ")");
    }

    /** How the logins of a line ended, by outcome, as the audit trail has them. */
    private static Map<String, Integer> loginOutcomes(String loginId) throws SQLException {
        try (Connection db = database();
                var query = db.prepareStatement("SELECT outcome, COUNT(*) FROM audit_event WHERE action = 'USER_LOGIN'"
                        + " AND target = ? GROUP BY outcome")) {
            query.setString(1, "user:" + loginId);
            Map<String, Integer> outcomes = new TreeMap<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    outcomes.put(rows.getString(1), rows.getInt(2));
                }
            }
            return outcomes;
        }
    }

    private static int audited(String action, String target) throws SQLException {
        try (Connection db = database();
                var query = db.prepareStatement(
                        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target = ? AND outcome = 'SUCCEEDED'")) {
            query.setString(1, action);
            query.setString(2, target);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static int failures(String loginId) throws SQLException {
        return (int) lineColumn(loginId, "failure_count");
    }

    private static long lineId(String loginId) throws SQLException {
        return lineColumn(loginId, "id");
    }

    private static long lineColumn(String loginId, String column) throws SQLException {
        try (Connection db = database();
                var query = db.prepareStatement("SELECT " + column + " FROM line WHERE login_id = ?")) {
            query.setString(1, loginId);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("line %s", loginId).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.url("office050"), "postgres", "postgres");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set (failsafe sets it)");
        }
        return value;
    }

    private static int port(String name) {
        return Integer.parseInt(property(name));
    }
}
