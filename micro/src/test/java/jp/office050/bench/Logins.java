package jp.office050.bench;

import static jp.office050.bench.PortalBenchmark.LOCKED_LOGIN_ID;
import static jp.office050.bench.PortalBenchmark.UNKNOWN_LOGIN_ID;
import static jp.office050.bench.PortalBenchmark.USER_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import jp.office050.it.PortalClient;

/**
 * User logins over HTTP (GET user/ + POST), each by a new visitor ({@link Visitor}): successful, of an unknown ID, of a
 * locked ID.
 */
final class Logins {

    static final String LOGIN_FAILED = "IDまたはパスワードが正しくないか";

    private final Harness harness;
    private final Settings settings;
    private final URI base;
    private final HttpClient http = Visitor.sharedClient();

    Logins(Harness harness, Settings settings, URI base) {
        this.harness = harness;
        this.settings = settings;
        this.base = base;
    }

    /** Full user logins; client i signs in as demo user u0501111000(i+1). */
    Series successful(int clients) {
        Progress.print("successful user logins, " + clients + " client(s)");
        harness.warmUp(successful().apply(0), settings.loginWarmups());
        return harness.concurrently("logins", clients, settings.loginSeconds(), settings.maxLogins(), successful());
    }

    /**
     * Successful logins with 4 clients for {@code bench.loginWarmSeconds}, unmeasured: the login's own path (the
     * login post, its session, the settings page it lands on) warmed as a server that has served logins for a while,
     * before the warm series.
     */
    void warmUp() {
        Progress.print("warming the logins for " + settings.loginWarmSeconds() + " s (4 clients)");
        harness.warmUpConcurrently("login warm-up", 4, settings.loginWarmSeconds(), settings.maxLogins(), successful());
    }

    private IntFunction<Op> successful() {
        return client -> () -> {
            String loginId = String.format("u0501111%04d", client + 1);
            PortalClient.Page page = Visitor.newVisitor(http, base).loginUser(loginId, USER_PASSWORD);
            if (page.status() == 200 && page.uri().getPath().endsWith("/user/settings/index.xhtml")) {
                return null;
            }
            return Errors.unexpected("login of " + loginId, page);
        };
    }

    /**
     * Logins with IDs that do not exist, a fresh one each time: refused after a decoy hash, so that they take as long as
     * a real check. (The same unknown ID tried again and again is locked after five like a known one, and then refused
     * without a hash, as the locked-ID series measures.)
     */
    Series unknownId(int clients) {
        Progress.print("failed logins of fresh unknown IDs (" + UNKNOWN_LOGIN_ID + "…), " + clients + " client(s)");
        AtomicLong fresh = new AtomicLong();
        Op op = () -> refusal("unknown-ID login", UNKNOWN_LOGIN_ID + "-" + fresh.incrementAndGet(), USER_PASSWORD);
        harness.warmUp(op, settings.loginWarmups());
        return harness.concurrently(
                "unknown-ID", clients, settings.unknownSeconds(), settings.maxLogins(), client -> op);
    }

    /** Logins with a locked ID: refused without a hash check. */
    Series refused(int clients) {
        Progress.print("refused logins of locked " + LOCKED_LOGIN_ID + ", " + clients + " client(s)");
        Op op = () -> refusal("refused login", LOCKED_LOGIN_ID, "wrong-" + System.nanoTime());
        harness.warmUp(op, settings.refusedWarmups());
        return harness.concurrently("refused", clients, settings.refusedSeconds(), settings.maxRefused(), client -> op);
    }

    /** Null when the login was refused with the message of a failed login, otherwise what came instead. */
    private String refusal(String what, String loginId, String password) {
        PortalClient.Page page = Visitor.newVisitor(http, base).loginUser(loginId, password);
        if (page.status() == 200
                && page.body().contains(LOGIN_FAILED)
                && !page.uri().getPath().contains("/user/settings/")) {
            return null;
        }
        return Errors.unexpected(what, page);
    }
}
