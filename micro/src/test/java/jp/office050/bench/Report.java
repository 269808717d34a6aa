package jp.office050.bench;

import static jp.office050.bench.Table.cpuRow;
import static jp.office050.bench.Table.fmt;
import static jp.office050.bench.Table.hashRow;
import static jp.office050.bench.Table.row;
import static jp.office050.bench.Table.throughputRow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What is printed: the machine before the run, the table of results after it. */
final class Report {

    /** The series of the sections 1, 2/3 and 5 of the table. */
    record Results(
            Series hash1,
            Series hash2,
            Series idle,
            Series login1,
            Series login4,
            Series login16,
            Series unknown1,
            Series unknown4,
            Series refused1,
            Series refused4) {}

    private final Settings settings;
    private final List<String> hashRows = new ArrayList<>();
    private final List<String> httpRows = new ArrayList<>();
    private final List<String> latencyRows = new ArrayList<>();
    private final List<String> cpuRows = new ArrayList<>();
    private final List<String> cpuNotes = new ArrayList<>();
    private final List<String> routingRows = new ArrayList<>();
    private final List<Series> latencySeries = new ArrayList<>();
    private final List<String> largeRows = new ArrayList<>();
    private final List<String> warmRows = new ArrayList<>();
    private String warmNote = "   not measured";
    private String largeNote = "   not measured";
    private Series largeReference;
    private double startSeconds = Double.NaN;
    private long residentMiB = -1;
    private String serverJvm = "";
    private String routingNote = "";

    Report(Settings settings) {
        this.settings = settings;
    }

    void printMachine() {
        System.out.println();
        System.out.println("Office 050 portal benchmark");
        System.out.println("===========================");
        System.out.printf("CPU cores (available to the JVM): %d%n", Machine.cores());
        System.out.printf("CPU model:        %s%n", Machine.cpuModel());
        System.out.printf("Memory:           %s%n", Machine.memory());
        System.out.printf(
                "Java:             %s (%s %s, %s)%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"));
        System.out.printf(
                "OS:               %s %s %s%n",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        System.out.printf(
                "Payara Micro:     %s (child JVM %s)%n", settings.payaraVersion(), settings.serverJvmOptions());
        System.out.printf("Load average:     %s (before the run)%n", Machine.loadAverage());
        System.out.println();
        System.out.flush();
    }

    private static final String REFUSED = "refused logins, locked ID (no hash)";

    /** A row of section 4. */
    void latency(String what, Series s, String rows) {
        latencyRows.add(Table.latencyRow(what, s, rows));
        latencySeries.add(s);
    }

    /**
     * Section 3w: successful logins again after the list's warm-up, with 1 and 4 clients, against the raw hash
     * measured again just before them (the machine's speed moves within a run), and refused logins of a locked ID
     * against these logins (the "warm" column).
     */
    void warmLogins(Series hash1, Series hash2, Series login1, Series login4, Series refused1, Series refused4) {
        String logins = "successful user logins, warm";
        hashRows.add(hashRow("PBKDF2 again, before the warm logins", hash1));
        hashRows.add(hashRow("PBKDF2 again, before the warm logins", hash2));
        httpRows.add(throughputRow(logins, login1, hash1, "vs PBKDF2 1 thread, again"));
        httpRows.add(throughputRow(logins, login4, hash2, "vs PBKDF2 2 threads, again"));
        httpRows.add(throughputRow(REFUSED + ", warm", refused1, login1, "vs warm logins, 1 client"));
        httpRows.add(throughputRow(REFUSED + ", warm", refused4, login4, "vs warm logins, 4 clients"));
        cpuRows.add(cpuRow("successful logins warm, 1 client", login1));
        cpuRows.add(cpuRow("successful logins warm, 4 clients", login4));
        cpuRows.add(cpuRow("refused logins warm, 1 client", refused1));
        cpuRows.add(cpuRow("refused logins warm, 4 clients", refused4));
        cpuNotes.add("   Warm (after the list's warm-up, the hash measured again): "
                + loginCpu(hash1, hash2, login1, login4) + " (target ≤ 1.05).");
    }

    /**
     * The mean server CPU of a successful login with 1 and 4 clients against the mean client CPU of a raw hash with 1
     * and 2 threads.
     */
    private static String loginCpu(Series hash1, Series hash2, Series login1, Series login4) {
        double hash = (hash1.clientCpuMillisPerOp() + hash2.clientCpuMillisPerOp()) / 2;
        double login = (login1.serverCpuMillisPerOp() + login4.serverCpuMillisPerOp()) / 2;
        return String.format(
                Locale.ROOT,
                "successful login %s ms = %s × one PBKDF2 hash in this JVM (%s ms)",
                fmt(login, 0),
                fmt(login / hash, 2),
                fmt(hash, 0));
    }

    /** A row of section 4w: a measure of section 4 again, after the list's warm-up. */
    void warmLatency(String what, Series s, String rows) {
        warmRows.add(Table.latencyRow(what, s, rows));
    }

    /** How long the list's warm-up before section 4w took, and how many requests it made. */
    void listWarmedUp(int requests, double seconds) {
        warmNote = String.format(
                Locale.ROOT,
                "   after a warm-up of %,d requests (the full GET and both searches in turn) in %.0f s. Targets (issue"
                        + " #13, warm): p95 ≤ 64 ms many hits, ≤ 32 ms one line; server CPU ≤ 15 ms per request.",
                requests,
                seconds);
    }

    /**
     * Section 4b: a measure of the 10,000-line contract on the large contract's server, alternated with the same
     * measure at 100,000 lines ({@link #largeLatency}, the next row), which is judged against it.
     */
    void largeReference(String what, Series s, String rows) {
        largeRows.add(Table.latencyRow("10,000: " + what, s, rows));
        largeReference = s;
    }

    /**
     * Section 4b: the measure at 100,000 lines on PostgreSQL, with its p95 and server CPU as ratios of the same
     * measure of the 10,000-line contract on the same server, alternated with it (the target: at most 1.5 each).
     */
    void largeLatency(String what, Series s, String rows) {
        String ratio = "";
        if (largeReference != null) {
            ratio = String.format(
                    Locale.ROOT,
                    "p95 %.2f, CPU %.2f",
                    s.percentileMillis(0.95) / largeReference.percentileMillis(0.95),
                    s.serverCpuMillisPerOp() / largeReference.serverCpuMillisPerOp());
            largeReference = null;
        }
        largeRows.add(Table.latencyRow("100,000: " + what, s, rows) + "  " + ratio);
    }

    /** Section 4b could not run: why (no PostgreSQL on 127.0.0.1:5432, …). */
    void largeSkipped(String why) {
        largeNote = "   skipped: " + why;
    }

    /** The large contract's size and how long its server took to start with it. */
    void largeServer(int lines, double startSeconds) {
        largeNote = String.format(
                Locale.ROOT, "   %,d lines; that server started (demo data included) in %.1f s", lines, startSeconds);
    }

    /** Section 6: the routing series (1, 4, 8 clients) and what the answers after a saved setting showed. */
    void routing(Series[] series, String freshness) {
        for (Series s : series) {
            routingRows.add(Table.row(
                    "routing answers, " + s.clients() + " client" + (s.clients() == 1 ? "" : "s"),
                    Integer.toString(s.clients()),
                    Integer.toString(s.ok()),
                    Integer.toString(s.errors()),
                    fmt(s.perSecond(), 0),
                    fmt(s.percentileMillis(0.5), 2),
                    fmt(s.percentileMillis(0.99), 2),
                    fmt(s.serverCpuMillisPerOp(), 2),
                    fmt(s.perSecond() / ROUTING_TARGET, 2) + " of " + ROUTING_TARGET + "/s"));
        }
        routingNote = "   a setting saved in the middle of the 4-client series: " + freshness;
    }

    /** Answers per second the telephony platform needs on this 2-core machine (issue: at least 2,000, p99 < 10 ms). */
    static final int ROUTING_TARGET = 2_000;

    /** The rows of sections 1, 2/3 and 5. */
    void add(Results r) {
        hashRows.add(hashRow(r.hash1()));
        hashRows.add(hashRow(r.hash2()));
        String logins = "successful user logins";
        String unknown = "failed logins, unknown ID (decoy hash)";
        httpRows.add(throughputRow(logins, r.login1(), r.hash1(), "vs PBKDF2 1 thread"));
        httpRows.add(throughputRow(logins, r.login4(), r.hash2(), "vs PBKDF2 2 threads"));
        httpRows.add(throughputRow(logins, r.login16(), r.hash2(), "vs PBKDF2 2 threads"));
        httpRows.add(throughputRow(unknown, r.unknown1(), r.hash1(), "vs PBKDF2 1 thread"));
        httpRows.add(throughputRow(unknown, r.unknown4(), r.hash2(), "vs PBKDF2 2 threads"));
        httpRows.add(throughputRow(REFUSED, r.refused1(), r.login1(), "vs logins, 1 client"));
        httpRows.add(throughputRow(REFUSED, r.refused4(), r.login4(), "vs logins, 4 clients"));
        cpuRows.add(cpuRow("server idle, " + settings.idleSeconds() + " s after start", r.idle()));
        cpuRows.add(cpuRow("PBKDF2, 1 thread", r.hash1()));
        cpuRows.add(cpuRow("PBKDF2, 2 threads", r.hash2()));
        cpuRows.add(cpuRow("successful logins, 1 client", r.login1()));
        cpuRows.add(cpuRow("successful logins, 4 clients", r.login4()));
        cpuRows.add(cpuRow("successful logins, 16 clients", r.login16()));
        cpuRows.add(cpuRow("unknown-ID logins, 1 client", r.unknown1()));
        cpuRows.add(cpuRow("unknown-ID logins, 4 clients", r.unknown4()));
        cpuRows.add(cpuRow("refused logins, 1 client", r.refused1()));
        cpuRows.add(cpuRow("refused logins, 4 clients", r.refused4()));
        addCpuNotes(r);
    }

    /** CPU time per operation hardly depends on how busy the machine is, unlike the rates: the steadier figure. */
    private void addCpuNotes(Results r) {
        double login = (r.login1().serverCpuMillisPerOp() + r.login4().serverCpuMillisPerOp()) / 2;
        double unknown = (r.unknown1().serverCpuMillisPerOp() + r.unknown4().serverCpuMillisPerOp()) / 2;
        double refused = (r.refused1().serverCpuMillisPerOp() + r.refused4().serverCpuMillisPerOp()) / 2;
        cpuNotes.add("   Server CPU per attempt (mean of 1 and 4 clients): "
                + loginCpu(r.hash1(), r.hash2(), r.login1(), r.login4()) + ";");
        cpuNotes.add(String.format(
                Locale.ROOT,
                "   unknown-ID login %s ms, refused login %s ms → the hash inside the server ≈ %s ms, session +"
                        + " redirect + settings page of a success ≈ %s ms.",
                fmt(unknown, 0),
                fmt(refused, 0),
                fmt(unknown - refused, 0),
                fmt(login - unknown, 0)));
    }

    /** Section 7: how long the server took from its start to its login page, and its resident size after the run. */
    void server(double startSeconds, long residentMiB, String serverJvm) {
        this.startSeconds = startSeconds;
        this.residentMiB = residentMiB;
        this.serverJvm = serverJvm;
    }

    private void printServer() {
        System.out.println("7. The server (" + serverJvm + "): start to ready (the login page served) on the demo data,"
                + " and its resident size (VmRSS) after every series above");
        System.out.printf(
                Locale.ROOT,
                "   start to ready %.1f s (%.2f of 20 s); resident %s MiB after the run (%s of 512 MiB)%n",
                startSeconds,
                startSeconds / 20,
                residentMiB < 0 ? "?" : Long.toString(residentMiB),
                residentMiB < 0 ? "?" : String.format(Locale.ROOT, "%.2f", residentMiB / 512.0));
    }

    void print(Errors errors, Duration took) {
        String line = "-".repeat(118);
        System.out.println();
        System.out.println("RESULTS (" + Machine.cores() + " cores, Java " + System.getProperty("java.version")
                + ", load average now " + Machine.loadAverage() + ")");
        System.out.println(line);
        printHashes();
        System.out.println(line);
        printLogins();
        System.out.println(line);
        printLatencies();
        System.out.println(line);
        printCpu();
        System.out.println(line);
        printRouting();
        System.out.println(line);
        printServer();
        System.out.println(line);
        errors.print();
        System.out.printf("Benchmark wall time: %.1f s (server log: %s)%n", took.toMillis() / 1e3, settings.log());
        System.out.flush();
    }

    private void printHashes() {
        System.out.println(
                "1. Raw PBKDF2-HMAC-SHA512, new PasswordHasher(220_000), one matches() = one hash, in this JVM");
        System.out.println(
                row("", "threads", "hashes", "errors", "seconds", "hashes/s", "median ms", "p95 ms", "CPU ms/hash"));
        hashRows.forEach(System.out::println);
    }

    private void printLogins() {
        System.out.println(
                "2./3. Logins over HTTP, each by a new visitor (no cookies; kept-alive connections): GET user/ + POST form (+ the"
                        + " redirect it follows)");
        System.out.println(row("", "clients", "ok", "errors", "seconds", "per s", "median ms", "p95 ms", "ratio"));
        httpRows.forEach(System.out::println);
        System.out.println("   ratio = logins/s ÷ raw PBKDF2 hashes/s with 1 resp. 2 threads (1.00 = the hash is the"
                + " whole cost), resp. refused/s ÷ successful logins/s with as many clients.");
    }

    private void printLatencies() {
        System.out.println(
                "4. User number list of contract 05000000001 (10,000 lines), admin " + PortalBenchmark.ADMIN_ID + ", "
                        + settings.samples() + " samples after " + settings.warmups() + " warm-ups, one client");
        System.out.println(
                row("", "n", "errors", "median ms", "p95 ms", "min ms", "max ms", "srvCPU ms", "rows shown"));
        latencyRows.forEach(System.out::println);
        System.out.println("   srvCPU ms = CPU time of the server per request.");
        System.out.println("4w. The same, warm (the issue measured Keycloak and the portal warmed up)");
        System.out.println(
                row("", "n", "errors", "median ms", "p95 ms", "min ms", "max ms", "srvCPU ms", "rows shown"));
        warmRows.forEach(System.out::println);
        System.out.println(warmNote);
        System.out.println("4b. The same at 100,000 lines: the large demo contract 05000000003 (admin A0000003) on"
                + " PostgreSQL (127.0.0.1:5432, trigram index), each request alternated with the same of the 10,000-line"
                + " contract on that server (" + Harness.ALTERNATION_BLOCK + " of one, then of the other), after "
                + PortalBenchmark.LARGE_WARMUPS + " more warm-ups of each; ratios of the 10,000-line row above them"
                + " (target ≤ 1.5)");
        System.out.println(
                row("", "n", "errors", "median ms", "p95 ms", "min ms", "max ms", "srvCPU ms", "rows shown"));
        largeRows.forEach(System.out::println);
        System.out.println(largeNote);
    }

    private void printRouting() {
        System.out.println(
                "6. Routing answers for incoming calls (GET /api/v1/routing, a random line of the 10,000, one"
                        + " kept-alive HTTP/1.1 connection per client)");
        System.out.println(row("", "clients", "ok", "errors", "per s", "median ms", "p99 ms", "srvCPU ms", "ratio"));
        routingRows.forEach(System.out::println);
        System.out.println(routingNote);
    }

    private void printCpu() {
        System.out.println("5. CPU accounting (from the OS): CPU ms per attempt of the server (Payara Micro) and of"
                + " this client JVM; cores kept busy");
        System.out.println("   by each during the series, oth = everything else on the machine (other builds,"
                + " hypervisor steal).");
        System.out.println(row("", "srvCPU ms", "cliCPU ms", "srv cores", "cli cores", "oth cores", ""));
        cpuRows.forEach(System.out::println);
        cpuNotes.forEach(System.out::println);
    }
}
