package jp.office050.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.it.PortalClient;

/**
 * A benchmark, not a test: starts the portal on Payara Micro with the demo data (a child process on a free loopback
 * port, with its own root and temporary directories under {@code micro/target/bench/}), then measures and prints
 *
 * <ol>
 *   <li>the raw PBKDF2 rate of {@link PasswordHasher} on this machine, with 1 and 2 threads;
 *   <li>successful user logins per second over HTTP (GET user/ + POST, each with a fresh client), 1 and 4 clients,
 *       and their ratio to the raw PBKDF2 rate (a login costs one PBKDF2 check); the same for an unknown login ID,
 *       which is answered after a decoy hash;
 *   <li>refused logins per second for a locked login ID (refused without a hash check), 1 and 4 clients;
 *   <li>latency of the user number list at 10,000 lines: the full GET of admin/lines.xhtml and the Ajax search of
 *       the 検索 button, for a search that matches many lines and one that matches a single line;
 *   <li>the CPU time of server and client per operation, which, unlike the rates, hardly depends on what else runs
 *       on the machine.
 * </ol>
 *
 * <p>Run with {@code mvn -q -pl micro -am verify -Pbenchmark -DskipTests -Dspotless.check.skip=true}. Every loop is
 * bounded in count and time; a watchdog ends a run that overstays {@code bench.deadlineSeconds} or outlives its
 * parent (Maven); the server is always stopped (finally block and shutdown hook). Exits with 1 when any request
 * failed or returned a wrong page, so that figures of error pages never pass unnoticed.
 */
public final class PortalBenchmark {

    static final String LOGIN_FAILED = "IDまたはパスワードが正しくないか";
    static final String USER_PASSWORD = "demo-user-1";
    static final String LOCKED_LOGIN_ID = "u05011119998";
    static final String UNKNOWN_LOGIN_ID = "u05099999999";
    static final String ADMIN_ID = "A0000001";
    static final String ADMIN_PASSWORD = "demo-admin-1";
    static final int ITERATIONS = 220_000;

    private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"");
    private static final Pattern TOTAL = Pattern.compile("(\\d[\\d,]*) 件中");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private static final long STARTED = System.nanoTime();

    private final Settings settings = Settings.fromSystemProperties();
    private volatile ProcessHandle serverProcess;
    private final List<String> hashRows = new ArrayList<>();
    private final List<String> httpRows = new ArrayList<>();
    private final List<String> latencyRows = new ArrayList<>();
    private final List<String> cpuNotes = new ArrayList<>();
    private final List<String> cpuRows = new ArrayList<>();
    private final Map<String, String> errorExamples = new LinkedHashMap<>();
    private final Map<String, Integer> errorCounts = new LinkedHashMap<>();
    private int errorCount;

    public static void main(String[] args) {
        int status;
        try {
            status = new PortalBenchmark().run();
        } catch (Throwable e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + describe(e));
            e.printStackTrace(System.out);
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        startWatchdog();
        printMachine();

        PasswordHasher hasher = new PasswordHasher(ITERATIONS);
        warmUpHasher(hasher);
        Series hash1 = measureHashes(hasher, 1);
        Series hash2 = measureHashes(hasher, 2);

        Series login1;
        Series login4;
        Series unknown1;
        Series unknown4;
        Series refused1;
        Series refused4;
        Series idle;
        try (Server server = Server.start(settings)) {
            URI base = server.base();
            serverProcess = server.handle();
            progress(String.format(
                    Locale.ROOT,
                    "server ready at %s after %.1f s (log: %s)",
                    base,
                    server.startSeconds(),
                    server.log()));

            idle = idle(settings.idleSeconds());
            login1 = logins(base, 1);
            login4 = logins(base, 4);
            unknown1 = unknownIdLogins(base, 1);
            unknown4 = unknownIdLogins(base, 4);
            refused1 = refusedLogins(base, 1);
            refused4 = refusedLogins(base, 4);
            userNumberList(base);
        }

        hashRows.add(hashRow(hash1));
        hashRows.add(hashRow(hash2));
        httpRows.add(throughputRow("successful user logins", login1, hash1, "vs PBKDF2 1 thread"));
        httpRows.add(throughputRow("successful user logins", login4, hash2, "vs PBKDF2 2 threads"));
        httpRows.add(throughputRow("failed logins, unknown ID (decoy hash)", unknown1, hash1, "vs PBKDF2 1 thread"));
        httpRows.add(throughputRow("failed logins, unknown ID (decoy hash)", unknown4, hash2, "vs PBKDF2 2 threads"));
        httpRows.add(throughputRow("refused logins, locked ID (no hash)", refused1, login1, "vs logins, 1 client"));
        httpRows.add(throughputRow("refused logins, locked ID (no hash)", refused4, login4, "vs logins, 4 clients"));
        cpuRows.add(cpuRow("server idle, " + settings.idleSeconds() + " s after start", idle));
        cpuRows.add(cpuRow("PBKDF2, 1 thread", hash1));
        cpuRows.add(cpuRow("PBKDF2, 2 threads", hash2));
        cpuRows.add(cpuRow("successful logins, 1 client", login1));
        cpuRows.add(cpuRow("successful logins, 4 clients", login4));
        cpuRows.add(cpuRow("unknown-ID logins, 1 client", unknown1));
        cpuRows.add(cpuRow("unknown-ID logins, 4 clients", unknown4));
        cpuRows.add(cpuRow("refused logins, 1 client", refused1));
        cpuRows.add(cpuRow("refused logins, 4 clients", refused4));
        // CPU time per operation hardly depends on how busy the machine is, unlike the rates: the steadier figure.
        double hash = (hash1.clientCpuMillisPerOp() + hash2.clientCpuMillisPerOp()) / 2;
        double login = (login1.serverCpuMillisPerOp() + login4.serverCpuMillisPerOp()) / 2;
        double unknown = (unknown1.serverCpuMillisPerOp() + unknown4.serverCpuMillisPerOp()) / 2;
        double refused = (refused1.serverCpuMillisPerOp() + refused4.serverCpuMillisPerOp()) / 2;
        cpuNotes.add(String.format(
                Locale.ROOT,
                "   Server CPU per attempt (mean of 1 and 4 clients): successful login %s ms = %s × one PBKDF2 hash"
                        + " in this JVM (%s ms);",
                fmt(login, 0),
                fmt(login / hash, 2),
                fmt(hash, 0)));
        cpuNotes.add(String.format(
                Locale.ROOT,
                "   unknown-ID login %s ms, refused login %s ms → the hash inside the server ≈ %s ms, session +"
                        + " redirect + settings page of a success ≈ %s ms.",
                fmt(unknown, 0),
                fmt(refused, 0),
                fmt(unknown - refused, 0),
                fmt(login - unknown, 0)));
        printReport(Duration.ofNanos(System.nanoTime() - STARTED));
        return errorCount == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------------------------------------- measurements

    /** Lets the JIT compile the PBKDF2 loop before it is timed (bounded: 3 s or 12 hashes). */
    private void warmUpHasher(PasswordHasher hasher) {
        progress("PBKDF2 warm-up");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (int i = 0; i < 12 && System.nanoTime() < deadline; i++) {
            hasher.hash(USER_PASSWORD);
        }
    }

    private Series measureHashes(PasswordHasher hasher, int threads) {
        String stored = hasher.hash(USER_PASSWORD);
        progress("PBKDF2, " + threads + " thread(s)");
        return concurrently(
                "PBKDF2",
                threads,
                settings.hashSeconds(),
                settings.maxHashes(),
                client -> () -> hasher.matches(USER_PASSWORD, stored) ? null : "PasswordHasher.matches returned false");
    }

    /** The CPU the server burns on its own (background work, JIT compiling after the start), with no requests. */
    private Series idle(int seconds) throws InterruptedException {
        progress("server idle for " + seconds + " s");
        long serverCpu = cpuNanos(serverProcess);
        long clientCpu = cpuNanos(ProcessHandle.current());
        long[] machine = machineTicks();
        long start = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        return new Series(
                "idle",
                0,
                0,
                0,
                System.nanoTime() - start,
                new long[0],
                cpuSince(ProcessHandle.current(), clientCpu),
                cpuSince(serverProcess, serverCpu),
                busyCoresSince(machine));
    }

    /** Full user logins, each with a fresh client; client i signs in as demo user u0501111000(i+1). */
    private Series logins(URI base, int clients) {
        progress("successful user logins, " + clients + " client(s)");
        IntFunction<Op> op = client -> () -> {
            String loginId = String.format("u0501111%04d", client + 1);
            PortalClient.Page page = new PortalClient(base).loginUser(loginId, USER_PASSWORD);
            if (page.status() == 200 && page.uri().getPath().endsWith("/user/settings/index.xhtml")) {
                return null;
            }
            return unexpected("login of " + loginId, page.status(), page.uri(), page.body());
        };
        warmUp(op.apply(0), settings.loginWarmups());
        return concurrently("logins", clients, settings.loginSeconds(), settings.maxLogins(), op);
    }

    /** Logins with an ID that does not exist: refused after a decoy hash, so that they take as long as a real check. */
    private Series unknownIdLogins(URI base, int clients) {
        progress("failed logins of unknown " + UNKNOWN_LOGIN_ID + ", " + clients + " client(s)");
        Op op = () -> {
            PortalClient.Page page = new PortalClient(base).loginUser(UNKNOWN_LOGIN_ID, USER_PASSWORD);
            if (page.status() == 200
                    && page.body().contains(LOGIN_FAILED)
                    && !page.uri().getPath().contains("/user/settings/")) {
                return null;
            }
            return unexpected("unknown-ID login", page.status(), page.uri(), page.body());
        };
        warmUp(op, settings.loginWarmups());
        return concurrently("unknown-ID", clients, settings.unknownSeconds(), settings.maxLogins(), client -> op);
    }

    private Series refusedLogins(URI base, int clients) {
        progress("refused logins of locked " + LOCKED_LOGIN_ID + ", " + clients + " client(s)");
        Op op = () -> {
            PortalClient.Page page = new PortalClient(base).loginUser(LOCKED_LOGIN_ID, "wrong-" + System.nanoTime());
            if (page.status() == 200
                    && page.body().contains(LOGIN_FAILED)
                    && !page.uri().getPath().contains("/user/settings/")) {
                return null;
            }
            return unexpected("refused login", page.status(), page.uri(), page.body());
        };
        warmUp(op, settings.refusedWarmups());
        return concurrently("refused", clients, settings.refusedSeconds(), settings.maxRefused(), client -> op);
    }

    private void userNumberList(URI base) {
        progress("user number list (admin " + ADMIN_ID + ")");
        Browser admin = new Browser(base);
        Response front = admin.get("./");
        Response lines = admin.postForm(
                front.uri(),
                Map.of(
                        "login",
                        "login",
                        "login:adminId",
                        ADMIN_ID,
                        "login:password",
                        ADMIN_PASSWORD,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(front)),
                Map.of());
        if (lines.status() != 200 || !lines.uri().getPath().endsWith("/admin/lines.xhtml")) {
            String error = unexpected("admin login", lines.status(), lines.uri(), lines.body());
            countError(error);
            latencyRows.add(
                    latencyRow("admin login failed", new Series("", 0, 0, 1, 0, new long[0], -1, -1, Double.NaN), ""));
            return;
        }

        AtomicReference<String> detail = new AtomicReference<>("");
        Series get = sample(() -> {
            Response page = admin.get("admin/lines.xhtml");
            if (page.status() != 200 || !page.uri().getPath().endsWith("/admin/lines.xhtml")) {
                return unexpected("GET admin/lines.xhtml", page.status(), page.uri(), page.body());
            }
            return rows(page.body(), 20, detail);
        });
        latencyRows.add(latencyRow("full GET admin/lines.xhtml (no search)", get, detail.get()));

        String viewState = viewState(admin.get("admin/lines.xhtml"));
        for (var search : List.of(
                new Search("鈴木", "Ajax 検索 \"鈴木\" (family name)", 20),
                new Search("u05011115000", "Ajax 検索 \"u05011115000\" (one line)", 1))) {
            AtomicReference<String> state = new AtomicReference<>(viewState);
            Series ajax = sample(() -> {
                Response partial = admin.postForm(
                        base.resolve("admin/lines.xhtml"),
                        ajaxSearch(search.text(), state.get()),
                        Map.of("Faces-Request", "partial/ajax"));
                Matcher newState = PARTIAL_VIEW_STATE.matcher(partial.body());
                if (newState.find()) {
                    state.set(newState.group(1));
                }
                if (partial.status() != 200
                        || !partial.body().contains("<partial-response")
                        || !partial.body().contains("<update id=\"lines:table\"")
                        || partial.body().contains("<error>")
                        || partial.body().contains("<redirect")) {
                    return unexpected(
                            "Ajax search \"" + search.text() + "\"", partial.status(), partial.uri(), partial.body());
                }
                if (!search.text().isEmpty() && !partial.body().contains(search.text())) {
                    return "Ajax search \"" + search.text() + "\": rows do not show the search text";
                }
                return rows(partial.body(), search.expectedRows(), detail);
            });
            latencyRows.add(latencyRow(search.label(), ajax, detail.get()));
        }
    }

    private static Map<String, String> ajaxSearch(String text, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "lines:find");
        form.put("jakarta.faces.partial.execute", "lines:find lines:search lines:lockedOnly");
        form.put("jakarta.faces.partial.render", "lines:table lines:actions");
        form.put("lines:find", "lines:find");
        form.put("lines", "lines");
        form.put("lines:search", text);
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    /** Checks that a page of the list holds the expected number of rows; notes the rows and the total found. */
    private static String rows(String body, int expected, AtomicReference<String> detail) {
        long rows = ROW_KEY.matcher(body).results().count();
        Matcher total = TOTAL.matcher(body);
        String found = total.find() ? total.group(1).replace(",", "") : "?";
        detail.set(rows + " rows of " + found);
        return rows == expected ? null : "expected " + expected + " rows (data-rk) but found " + rows;
    }

    // ------------------------------------------------------------------------------------------------- harness

    /** One operation: null when it did what it should, otherwise what went wrong. */
    @FunctionalInterface
    interface Op {
        String run() throws Exception;
    }

    /** What one series measured: successes per second over its wall time, and the latencies of the successes. */
    record Series(
            String name,
            int clients,
            int ok,
            int errors,
            long elapsedNanos,
            long[] latencies,
            long clientCpuNanos,
            long serverCpuNanos,
            double machineBusyCores) {
        double perSecond() {
            return elapsedNanos == 0 ? 0 : ok / (elapsedNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        /** CPU time of this JVM (all its threads) per operation. */
        double clientCpuMillisPerOp() {
            return perOp(clientCpuNanos);
        }

        /** CPU time of the Payara Micro process per operation. */
        double serverCpuMillisPerOp() {
            return perOp(serverCpuNanos);
        }

        private double perOp(long cpuNanos) {
            int ops = ok + errors;
            return cpuNanos < 0 || ops == 0 ? Double.NaN : cpuNanos / 1e6 / ops;
        }

        double cores(long cpuNanos) {
            return cpuNanos < 0 || elapsedNanos == 0 ? Double.NaN : (double) cpuNanos / elapsedNanos;
        }

        /** Cores kept busy by other processes (and stolen by the hypervisor) during the series. */
        double otherCores() {
            return machineBusyCores - known(cores(clientCpuNanos)) - known(cores(serverCpuNanos));
        }

        private static double known(double cores) {
            return Double.isNaN(cores) ? 0 : cores;
        }

        double minMillis() {
            return latencies.length == 0
                    ? Double.NaN
                    : Arrays.stream(latencies).min().getAsLong() / 1e6;
        }

        double maxMillis() {
            return latencies.length == 0
                    ? Double.NaN
                    : Arrays.stream(latencies).max().getAsLong() / 1e6;
        }
    }

    record Search(String text, String label, int expectedRows) {}

    /** Runs {@code clients} threads for at most {@code seconds} and {@code maxOps} operations in all. */
    private Series concurrently(String name, int clients, int seconds, int maxOps, IntFunction<Op> opForClient) {
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("bench-" + name));
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger budget = new AtomicInteger(maxOps);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] finished = new long[clients];
        long clientCpu = cpuNanos(ProcessHandle.current());
        long serverCpu = cpuNanos(serverProcess);
        long[] machine = machineTicks();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Op op = opForClient.apply(client);
            pool.execute(() -> {
                try {
                    go.await();
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        String error = attempt(op);
                        long took = System.nanoTime() - t0;
                        if (error == null) {
                            ok.incrementAndGet();
                            latencies.add(took);
                        } else {
                            errors.incrementAndGet();
                            countError(name + ": " + error);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished[client] = System.nanoTime();
                }
            });
        }
        go.countDown();
        pool.shutdown();
        try {
            // An operation can overrun the deadline by at most the HTTP timeout (60 s).
            if (!pool.awaitTermination(seconds + 90L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                errors.incrementAndGet();
                countError(name + ": workers did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        long end = Arrays.stream(finished).max().orElse(System.nanoTime());
        long[] took = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Series(
                name,
                clients,
                ok.get(),
                errors.get(),
                Math.max(0, end - start),
                took,
                cpuSince(ProcessHandle.current(), clientCpu),
                cpuSince(serverProcess, serverCpu),
                busyCoresSince(machine));
    }

    /** Sequential latency samples after warm-ups, bounded in count and in time. */
    private Series sample(Op op) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.sampleSeconds());
        for (int i = 0; i < settings.warmups() && System.nanoTime() < deadline; i++) {
            attempt(op);
        }
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        long clientCpu = cpuNanos(ProcessHandle.current());
        long serverCpu = cpuNanos(serverProcess);
        long[] machine = machineTicks();
        long start = System.nanoTime();
        for (int i = 0; i < settings.samples() && System.nanoTime() < deadline; i++) {
            long t0 = System.nanoTime();
            String error = attempt(op);
            long took = System.nanoTime() - t0;
            if (error == null) {
                latencies.add(took);
            } else {
                errors++;
                countError(error);
            }
        }
        long[] took = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Series(
                "sample",
                1,
                took.length,
                errors,
                System.nanoTime() - start,
                took,
                cpuSince(ProcessHandle.current(), clientCpu),
                cpuSince(serverProcess, serverCpu),
                busyCoresSince(machine));
    }

    /** CPU time used so far by a process (user + system, all threads), or -1 when the platform does not tell. */
    private static long cpuNanos(ProcessHandle process) {
        return process == null
                ? -1
                : process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** Busy (user, nice, system, irq, softirq, steal) and total ticks of all CPUs, from /proc/stat. */
    private static long[] machineTicks() {
        String[] f = procLine("/proc/stat", "cpu ").split("\\s+");
        if (f.length < 8) {
            return null;
        }
        long busy = 0;
        long total = 0;
        for (int i = 0; i < 8; i++) {
            long ticks = Long.parseLong(f[i]);
            total += ticks;
            busy += i == 3 || i == 4 ? 0 : ticks; // idle, iowait
        }
        return new long[] {busy, total};
    }

    private static double busyCoresSince(long[] before) {
        long[] now = machineTicks();
        if (before == null || now == null || now[1] == before[1]) {
            return Double.NaN;
        }
        return (double) (now[0] - before[0])
                / (now[1] - before[1])
                * Runtime.getRuntime().availableProcessors();
    }

    private static long cpuSince(ProcessHandle process, long before) {
        long now = cpuNanos(process);
        return before < 0 || now < 0 ? -1 : now - before;
    }

    private void warmUp(Op op, int times) {
        for (int i = 0; i < times; i++) {
            String error = attempt(op);
            if (error != null) {
                countError("warm-up: " + error);
            }
        }
    }

    private static String attempt(Op op) {
        try {
            return op.run();
        } catch (Throwable e) {
            return describe(e);
        }
    }

    private synchronized void countError(String error) {
        errorCount++;
        String key = error.length() > 120 ? error.substring(0, 120) : error;
        errorExamples.putIfAbsent(key, error);
        errorCounts.merge(key, 1, Integer::sum);
    }

    private static String unexpected(String what, int status, URI uri, String body) {
        String text = body.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return what + ": HTTP " + status + " " + uri.getPath() + " - "
                + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            message += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }

    private static String viewState(Response page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException(unexpected("no ViewState", page.status(), page.uri(), page.body()));
        }
        return m.group(1);
    }

    private void startWatchdog() {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.deadlineSeconds()));
                    } catch (InterruptedException e) {
                        return;
                    }
                    abort("still running after " + settings.deadlineSeconds() + " s (bench.deadlineSeconds)", 3);
                },
                "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        // Killing Maven does not end the java it started with exec:exec: end with it rather than run on orphaned.
        ProcessHandle.current()
                .parent()
                .filter(parent -> parent.pid() != 1)
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> abort("the parent process " + parent.pid() + " has ended", 4)));
    }

    /** Stops the server and ends this JVM at once (the shutdown hook would stop the server too). */
    private static void abort(String why, int status) {
        System.out.println("BENCHMARK ABORTED: " + why + "; stopping the server");
        System.out.flush();
        Server.stopRunning();
        Runtime.getRuntime().halt(status);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void progress(String what) {
        System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, what);
        System.out.flush();
    }

    // ------------------------------------------------------------------------------------------------- report

    private void printMachine() {
        System.out.println();
        System.out.println("Office 050 portal benchmark");
        System.out.println("===========================");
        System.out.printf(
                "CPU cores (available to the JVM): %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("CPU model:        %s%n", cpuModel());
        System.out.printf("Memory:           %s%n", procLine("/proc/meminfo", "MemTotal:"));
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
        System.out.printf("Load average:     %s (before the run)%n", loadAverage());
        System.out.println();
        System.out.flush();
    }

    private void printReport(Duration took) {
        String line = "-".repeat(118);
        System.out.println();
        System.out.println("RESULTS (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average now " + loadAverage() + ")");
        System.out.println(line);
        System.out.println(
                "1. Raw PBKDF2-HMAC-SHA512, new PasswordHasher(220_000), one matches() = one hash, in this JVM");
        System.out.println(
                row("", "threads", "hashes", "errors", "seconds", "hashes/s", "median ms", "p95 ms", "CPU ms/hash"));
        hashRows.forEach(System.out::println);
        System.out.println(line);
        System.out.println(
                "2./3. Logins over HTTP, each a fresh client: GET user/ + POST form (+ the redirect it follows)");
        System.out.println(row("", "clients", "ok", "errors", "seconds", "per s", "median ms", "p95 ms", "ratio"));
        httpRows.forEach(System.out::println);
        System.out.println("   ratio = logins/s ÷ raw PBKDF2 hashes/s with 1 resp. 2 threads (1.00 = the hash is the"
                + " whole cost), resp. refused/s ÷ successful logins/s with as many clients.");
        System.out.println(line);
        System.out.println("4. User number list of contract 05000000001 (10,000 lines), admin " + ADMIN_ID + ", "
                + settings.samples() + " samples after " + settings.warmups() + " warm-ups, one client");
        System.out.println(
                row("", "n", "errors", "median ms", "p95 ms", "min ms", "max ms", "srvCPU ms", "rows shown"));
        latencyRows.forEach(System.out::println);
        System.out.println("   srvCPU ms = CPU time of the server per request.");
        System.out.println(line);
        System.out.println("5. CPU accounting (from the OS): CPU ms per attempt of the server (Payara Micro) and of"
                + " this client JVM; cores kept busy");
        System.out.println("   by each during the series, oth = everything else on the machine (other builds,"
                + " hypervisor steal).");
        System.out.println(row("", "srvCPU ms", "cliCPU ms", "srv cores", "cli cores", "oth cores", ""));
        cpuRows.forEach(System.out::println);
        cpuNotes.forEach(System.out::println);
        System.out.println(line);
        if (errorCount == 0) {
            System.out.println("Errors: none (every response was checked: login target page, refusal message,"
                    + " data-rk rows).");
        } else {
            System.out.println("ERRORS: " + errorCount + " failed or wrong responses; the figures above count"
                    + " successes only.");
            errorExamples.forEach((key, example) -> System.out.println("  " + errorCounts.get(key) + " × " + example));
        }
        System.out.printf("Benchmark wall time: %.1f s (server log: %s)%n", took.toMillis() / 1e3, settings.log());
        System.out.flush();
    }

    private static String cpuRow(String what, Series s) {
        return row(
                what,
                fmt(s.serverCpuMillisPerOp(), 1),
                fmt(s.clientCpuMillisPerOp(), 1),
                fmt(s.cores(s.serverCpuNanos()), 2),
                fmt(s.cores(s.clientCpuNanos()), 2),
                fmt(s.otherCores(), 2),
                "");
    }

    private static String hashRow(Series s) {
        return row(
                "PBKDF2",
                Integer.toString(s.clients()),
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.elapsedNanos() / 1e9, 1),
                fmt(s.perSecond(), 2),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(s.clientCpuMillisPerOp(), 1));
    }

    private static String throughputRow(String what, Series s, Series reference, String against) {
        double ratio = reference.perSecond() == 0 ? Double.NaN : s.perSecond() / reference.perSecond();
        return row(
                what,
                Integer.toString(s.clients()),
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.elapsedNanos() / 1e9, 1),
                fmt(s.perSecond(), 2),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(ratio, 2) + " " + against);
    }

    private static String latencyRow(String what, Series s, String rows) {
        return row(
                what,
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(s.minMillis(), 1),
                fmt(s.maxMillis(), 1),
                fmt(s.serverCpuMillisPerOp(), 1),
                rows);
    }

    private static String row(String label, String... cells) {
        StringBuilder out = new StringBuilder(pad(label, 40));
        for (int i = 0; i < cells.length; i++) {
            out.append(' ');
            out.append(i == cells.length - 1 ? cells[i] : padLeft(cells[i], 9));
        }
        return out.toString().stripTrailing();
    }

    /** Pads to a terminal width, counting CJK characters as two columns. */
    private static String pad(String text, int width) {
        int used = text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, width - used));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String fmt(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value)
                ? "-"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").replaceFirst("^:\\s*", "");
    }

    private static String loadAverage() {
        String load = procLine("/proc/loadavg", "");
        String[] parts = load.split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : load;
    }

    private static String procLine(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(prefix.length()).strip())
                    .orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------------------------------- configuration

    /** Paths and bounds, from system properties (set by the benchmark profile of micro/pom.xml). */
    record Settings(
            Path microJar,
            Path war,
            Path preBoot,
            Path dir,
            String payaraVersion,
            String serverJvmOptions,
            int startSeconds,
            int deadlineSeconds,
            int hashSeconds,
            int maxHashes,
            int loginSeconds,
            int maxLogins,
            int loginWarmups,
            int unknownSeconds,
            int idleSeconds,
            int refusedSeconds,
            int maxRefused,
            int refusedWarmups,
            int warmups,
            int samples,
            int sampleSeconds) {

        static Settings fromSystemProperties() {
            return new Settings(
                    path("bench.microJar", "target/payara-micro.jar"),
                    path("bench.war", "target/oa.war"),
                    path("bench.preBoot", "../server-config/micro/pre-boot.asadmin"),
                    path("bench.dir", "target/bench"),
                    System.getProperty("bench.payaraVersion", "?"),
                    System.getProperty("bench.serverJvmOptions", "-Xmx1g"),
                    integer("bench.startSeconds", 150),
                    integer("bench.deadlineSeconds", 420),
                    integer("bench.hashSeconds", 4),
                    integer("bench.maxHashes", 200),
                    integer("bench.loginSeconds", 10),
                    integer("bench.maxLogins", 1_000),
                    integer("bench.loginWarmups", 4),
                    integer("bench.unknownSeconds", 6),
                    integer("bench.idleSeconds", 3),
                    integer("bench.refusedSeconds", 5),
                    integer("bench.maxRefused", 5_000),
                    integer("bench.refusedWarmups", 20),
                    integer("bench.warmups", 5),
                    integer("bench.samples", 50),
                    integer("bench.sampleSeconds", 60));
        }

        Path log() {
            return dir.resolve("server.log");
        }

        private static Path path(String name, String fallback) {
            return Paths.get(System.getProperty(name, fallback))
                    .toAbsolutePath()
                    .normalize();
        }

        private static int integer(String name, int fallback) {
            return Integer.getInteger(name, fallback);
        }
    }

    // ------------------------------------------------------------------------------------------------- clients

    record Response(int status, URI uri, String body) {}

    /** A client that keeps its session cookie and can send headers (for the JSF Ajax requests). */
    static final class Browser {
        private final URI base;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Browser(URI base) {
            this.base = base;
        }

        Response get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        Response postForm(URI target, Map<String, String> form, Map<String, String> headers) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(target)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return send(request);
        }

        private Response send(HttpRequest.Builder request) {
            try {
                var response = http.send(
                        request.header("Accept-Language", "ja")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.uri(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- server

    /** Payara Micro with the demo data, as a child process that is always destroyed. */
    static final class Server implements AutoCloseable {

        private static final AtomicReference<Server> RUNNING = new AtomicReference<>();

        private final Process process;
        private final URI base;
        private final Path log;
        private final Thread hook;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private double startSeconds;

        private Server(Process process, URI base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
            this.hook = new Thread(this::stop, "bench-stop-server");
        }

        static Server start(Settings settings) throws IOException, InterruptedException {
            for (Path required : List.of(settings.microJar(), settings.war(), settings.preBoot())) {
                if (!Files.isRegularFile(required)) {
                    throw new IllegalStateException(required + " is missing: build with mvn -pl micro -am verify");
                }
            }
            Path dir = settings.dir();
            if (!dir.getFileName().toString().equals("bench")) {
                throw new IllegalStateException("bench.dir must be a directory named bench, not " + dir);
            }
            deleteTree(dir); // fresh demo data (the three locked lines stay locked only for 30 minutes)
            Path root = Files.createDirectories(dir.resolve("root"));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            int port = freePort();
            URI base = URI.create("http://127.0.0.1:" + port + "/oa/");

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(settings.serverJvmOptions().trim().split("\\s+")));
            command.addAll(List.of(
                    "-Djava.io.tmpdir=" + tmp,
                    "-Dh2.bindAddress=127.0.0.1",
                    "-Doffice050.demo=true",
                    "-Doffice050.public-url=" + base,
                    "-Doffice050.bench.parent=" + ProcessHandle.current().pid(),
                    "-jar",
                    settings.microJar().toString(),
                    "--deploy",
                    settings.war().toString(),
                    "--contextroot",
                    "oa",
                    "--port",
                    Integer.toString(port),
                    "--nohazelcast",
                    "--interfaces",
                    "127.0.0.1",
                    "--prebootcommandfile",
                    settings.preBoot().toString(),
                    "--rootdir",
                    root.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(settings.log().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().put("OFFICE050_BIND_ADDRESS", "127.0.0.1");

            progress("starting Payara Micro on " + base);
            long started = System.nanoTime();
            Server server = new Server(builder.start(), base, settings.log());
            RUNNING.set(server);
            Runtime.getRuntime().addShutdownHook(server.hook);
            try {
                progress("Payara Micro pid " + server.process.pid());
                server.awaitReady(settings.startSeconds());
                server.startSeconds = (System.nanoTime() - started) / 1e9;
                return server;
            } catch (Throwable e) {
                server.close();
                throw e;
            }
        }

        URI base() {
            return base;
        }

        ProcessHandle handle() {
            return process.toHandle();
        }

        Path log() {
            return log;
        }

        double startSeconds() {
            return startSeconds;
        }

        /** Polls the front page until it shows the login form; fails when the process ends or time is up. */
        private void awaitReady(int seconds) throws InterruptedException, IOException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro ended with exit code " + process.exitValue()
                            + " before it answered; the end of " + log + ":\n" + tail());
                }
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(base)
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() == 200 && response.body().contains("jakarta.faces.ViewState")) {
                        return;
                    }
                    last = "HTTP " + response.statusCode();
                } catch (IOException notYet) {
                    last = notYet.getClass().getSimpleName();
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("Payara Micro did not answer within " + seconds + " s (" + last
                    + "); the end of " + log + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }

        static void stopRunning() {
            Server server = RUNNING.get();
            if (server != null) {
                server.stop();
            }
        }

        /** Ends the child and anything it started: politely, then by force. Safe to call more than once. */
        void stop() {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            List<ProcessHandle> descendants = process.descendants().toList();
            long t0 = System.nanoTime();
            try {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } finally {
                descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
                progress("Payara Micro (pid " + process.pid() + ") "
                        + (process.isAlive()
                                ? "STILL ALIVE after destroyForcibly"
                                : String.format(
                                        Locale.ROOT,
                                        "stopped in %.1f s, exit code %d",
                                        (System.nanoTime() - t0) / 1e9,
                                        process.exitValue())));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            }
        }

        private static java.io.File nullDevice() {
            return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        }

        private static void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
