package jp.office050.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.it.PortalClient;

/**
 * A benchmark, not a test: starts the portal on Payara Micro with the demo data (a child process on a free loopback
 * port, with its own root and temporary directories under {@code micro/target/bench/}), then measures and prints
 *
 * <ol>
 *   <li>the raw PBKDF2 rate of {@link PasswordHasher} on this machine, with 1 and 2 threads;
 *   <li>successful user logins per second over HTTP (GET user/ + POST, each by a new visitor without cookies), 1, 4 and 16 clients,
 *       and their ratio to the raw PBKDF2 rate (a login costs one PBKDF2 check); the same for an unknown login ID,
 *       which is answered after a decoy hash;
 *   <li>refused logins per second for a locked login ID (refused without a hash check), 1 and 4 clients;
 *   <li>latency of the user number list at 10,000 lines: the full GET of admin/lines.xhtml and the Ajax search of
 *       the 検索 button, for a search that matches many lines and one that matches a single line;
 *   <li>the CPU time of server and client per operation, which, unlike the rates, hardly depends on what else runs
 *       on the machine;
 *   <li>routing answers for incoming calls per second, with their median and 99th percentile, and whether the answer
 *       right after a saved setting shows it.
 * </ol>
 *
 * <p>The list is measured twice: right after the logins, and again after a warm-up of up to {@code
 * bench.listWarmSeconds} (section 4w), as the issue measured "warm"; then, after a minute of logins ({@code
 * bench.loginWarmSeconds}), the raw hash and the successful logins with 1 and 4 clients once more (warm logins, each
 * against the hash measured just before them), and the refused logins against these warm logins (the refusal
 * figures were taken warm).
 *
 * <p>Run with {@code mvn -q -pl micro -am verify -Pbenchmark -DskipTests -Dspotless.check.skip=true}. Every loop is
 * bounded in count and time ({@link Settings}); a {@link Watchdog} ends a run that overstays
 * {@code bench.deadlineSeconds} or outlives its parent (Maven); the {@link Server} is always stopped (finally block
 * and shutdown hook). Exits with 1 when any request failed or returned a wrong page, so that figures of error pages
 * never pass unnoticed.
 */
public final class PortalBenchmark {

    static final String USER_PASSWORD = "demo-user-1";
    static final String LOCKED_LOGIN_ID = "u05011119998";
    static final String UNKNOWN_LOGIN_ID = "u05099999999";
    static final String ADMIN_ID = "A0000001";
    static final String ADMIN_PASSWORD = "demo-admin-1";
    static final int ITERATIONS = 220_000;

    private final Settings settings = Settings.fromSystemProperties();
    private final Errors errors = new Errors();
    private final Harness harness = new Harness(settings, errors);
    private final Report report = new Report(settings);

    public static void main(String[] args) {
        Progress.start();
        int status;
        try {
            status = new PortalBenchmark().run();
        } catch (Throwable e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + Errors.describe(e));
            e.printStackTrace(System.out);
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        Watchdog.start(settings.deadlineSeconds());
        report.printMachine();

        Hashing hashing = new Hashing(harness, settings);
        hashing.warmUp();
        Series hash1 = hashing.measure(1);
        Series hash2 = hashing.measure(2);

        Report.Results results;
        try (Server server = Server.start(settings)) {
            harness.watch(server.handle());
            Progress.print(String.format(
                    Locale.ROOT,
                    "server ready at %s after %.1f s (log: %s)",
                    server.base(),
                    server.startSeconds(),
                    server.log()));
            results = measureServer(server.base(), hashing, hash1, hash2);
            Routing routing = new Routing(harness, errors, settings, server.base(), server.log());
            report.routing(routing.measure(server.base()), routing.freshness());
            report.server(server.startSeconds(), Machine.residentMiB(server.handle()), settings.serverJvmOptions());
        }
        report.add(results);
        largeList();
        report.print(errors, Progress.elapsed());
        return errors.total() == 0 ? 0 : 1;
    }

    /** The lines of the large demo contract on PostgreSQL. */
    static final int LARGE_LINES = 100_000;

    /**
     * Warm-ups of each measure of the large list and of the 10,000-line one beside it: their server has just started.
     */
    static final int LARGE_WARMUPS = 200;

    /**
     * Section 4b: a second server, on PostgreSQL (a database of its own, made afresh) with the large demo contract;
     * skipped, by name, where no PostgreSQL answers on 127.0.0.1:5432.
     */
    private void largeList() throws IOException, InterruptedException {
        String database = "office050_bench";
        try (Connection postgres =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres")) {
            try (Statement sql = postgres.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database);
                sql.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException none) {
            Progress.print("no PostgreSQL on 127.0.0.1:5432: the 100,000-line list is skipped");
            report.largeSkipped("no PostgreSQL answered on 127.0.0.1:5432 (" + none.getMessage() + ")");
            return;
        }
        Progress.print("starting a second server on PostgreSQL with a contract of " + LARGE_LINES + " lines");
        try (Server server = Server.start(settings, new Server.Postgres(database, LARGE_LINES))) {
            harness.watch(server.handle());
            report.largeServer(LARGE_LINES, server.startSeconds());
            vacuum(database); // as autovacuum leaves a table some time after a bulk insert: analysed, visible

            LineList.large(harness, errors, report, new PortalClient(server.base()), LARGE_LINES, LARGE_WARMUPS)
                    .measureAgainst(
                            LineList.tenThousandBeside(harness, errors, report, new PortalClient(server.base())));
        }
    }

    /** VACUUM ANALYZE of the lines just inserted, which autovacuum would do itself a little later. */
    private static void vacuum(String database) {
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "postgres");
                Statement sql = db.createStatement()) {
            sql.execute("VACUUM ANALYZE line");
        } catch (SQLException e) {
            Progress.print("VACUUM ANALYZE failed: " + e.getMessage());
        }
    }

    /** The series against the running server, in this order; the rows of the user number list go to the report. */
    private Report.Results measureServer(URI base, Hashing hashing, Series hash1, Series hash2)
            throws InterruptedException {
        Logins logins = new Logins(harness, settings, base);
        Series idle = harness.idle(settings.idleSeconds());
        Series login1 = logins.successful(1);
        Series login4 = logins.successful(4);
        Series login16 = logins.successful(16);
        Series unknown1 = logins.unknownId(1);
        Series unknown4 = logins.unknownId(4);
        Series refused1 = logins.refused(1);
        Series refused4 = logins.refused(4);
        LineList.tenThousand(harness, errors, report, new PortalClient(base)).measure();
        LineList.tenThousandWarm(
                        harness,
                        errors,
                        report,
                        new PortalClient(base),
                        settings.listWarmSeconds(),
                        settings.listWarmMax())
                .measure();
        // logins again, warm (their own path too), against the raw hash measured again right before them
        logins.warmUp();
        Series hashAgain1 = hashing.measure(1);
        Series hashAgain2 = hashing.measure(2);
        Series warmLogin1 = logins.successful(1);
        Series warmLogin4 = logins.successful(4);
        Series warmRefused1 = logins.refused(1);
        Series warmRefused4 = logins.refused(4);
        report.warmLogins(hashAgain1, hashAgain2, warmLogin1, warmLogin4, warmRefused1, warmRefused4);
        return new Report.Results(hash1, hash2, idle, login1, login4, login16, unknown1, unknown4, refused1, refused4);
    }
}
