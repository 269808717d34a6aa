package jp.office050.bench;

import static jp.office050.bench.PortalBenchmark.ADMIN_ID;
import static jp.office050.bench.PortalBenchmark.ADMIN_PASSWORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.PortalClient;
import jp.office050.it.PortalClient.Page;

/** Latency of the user number list (10,000 lines; 100,000 on PostgreSQL): the full GET of admin/lines.xhtml and the Ajax 検索. */
final class LineList {

    private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"");
    private static final Pattern TOTAL = Pattern.compile("(\\d[\\d,]*) 件(中|以上)");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private record Search(String text, String label, int expectedRows) {}

    /** Where the rows of the report go: the 10,000-line contract's section, or the large contract's. */
    interface Rows {
        void row(String what, Series series, String rows);
    }

    /** The searches of the demo's first contract: a family name with many hits, and one line. */
    private static final List<Search> TEN_THOUSAND_SEARCHES = List.of(
            new Search("鈴木", "Ajax 検索 \"鈴木\" (family name)", 20),
            new Search("u05011115000", "Ajax 検索 \"u05011115000\" (one line)", 1));

    /** The demo's first contract (10,000 lines, embedded H2), as every run measures it. */
    static LineList tenThousand(Harness harness, Errors errors, Report report, PortalClient admin) {
        return tenThousand(harness, errors, report::latency, admin);
    }

    private static LineList tenThousand(Harness harness, Errors errors, Rows rows, PortalClient admin) {
        return new LineList(
                harness, errors, rows, 0, admin, ADMIN_ID, ADMIN_PASSWORD, TEN_THOUSAND_SEARCHES, 0, 0, null);
    }

    /**
     * The same contract and measures again, warm: after up to {@code seconds} (and {@code max} requests) of the full GET
     * and both searches in turn, as the issue measured Keycloak and the portal "warm". A server's JIT compiles a request
     * path's methods once they have run some thousands of times; until then its compiler threads take a part of every
     * request's CPU.
     */
    static LineList tenThousandWarm(
            Harness harness, Errors errors, Report report, PortalClient admin, int seconds, int max) {
        return new LineList(
                harness,
                errors,
                report::warmLatency,
                0,
                admin,
                ADMIN_ID,
                ADMIN_PASSWORD,
                TEN_THOUSAND_SEARCHES,
                seconds,
                max,
                report);
    }

    /**
     * The demo's first contract on the large contract's server (PostgreSQL), measured alternately with it ({@link
     * #measureAgainst}): its rows are the reference of section 4b.
     */
    static LineList tenThousandBeside(Harness harness, Errors errors, Report report, PortalClient admin) {
        return tenThousand(harness, errors, report::largeReference, admin);
    }

    /**
     * The large demo contract (05000000003, A0000003), the same measures with a line of its own, each after {@code
     * warmups} more warm-ups: its server was started just before, where the first one had served minutes of requests.
     */
    static LineList large(Harness harness, Errors errors, Report report, PortalClient admin, int lines, int warmups) {
        String one = "u0503" + String.format("%07d", lines / 2);
        return new LineList(
                harness,
                errors,
                report::largeLatency,
                warmups,
                admin,
                "A0000003",
                "demo-admin-3",
                List.of(
                        new Search("鈴木", "Ajax 検索 \"鈴木\" (family name)", 20),
                        new Search(one, "Ajax 検索 \"" + one + "\" (one line)", 1)),
                0,
                0,
                null);
    }

    private final Harness harness;
    private final Errors errors;
    private final Rows report;
    private final int extraWarmups;
    private final PortalClient admin;
    private final String adminId;
    private final String password;
    private final List<Search> searches;
    private final AtomicReference<String> detail = new AtomicReference<>("");
    private final int warmSeconds;
    private final int warmMax;
    private final Report warmReport;

    private LineList(
            Harness harness,
            Errors errors,
            Rows report,
            int extraWarmups,
            PortalClient admin,
            String adminId,
            String password,
            List<Search> searches,
            int warmSeconds,
            int warmMax,
            Report warmReport) {
        this.warmSeconds = warmSeconds;
        this.warmMax = warmMax;
        this.warmReport = warmReport;
        this.harness = harness;
        this.errors = errors;
        this.report = report;
        this.extraWarmups = extraWarmups;
        this.admin = admin;
        this.adminId = adminId;
        this.password = password;
        this.searches = searches;
    }

    /** Signs in as the admin, then samples the full GET and each search; one row of the report for each. */
    void measure() {
        Progress.print("user number list (admin " + adminId + ")");
        if (!signIn()) {
            return;
        }
        if (warmSeconds > 0) {
            warmUp();
        }
        Series get = harness.sample(this::fullGet, harness.warmups() + extraWarmups);
        report.row("full GET admin/lines.xhtml (no search)", get, detail.get());

        Page list = admin.get("admin/lines.xhtml");
        String viewState = list.viewState();
        String nonce = list.nonce().orElse("");
        for (Search search : searches) {
            AtomicReference<String> state = new AtomicReference<>(viewState);
            Series ajax = harness.sample(() -> ajaxSearch(search, state, nonce), harness.warmups() + extraWarmups);
            report.row(search.label(), ajax, detail.get());
        }
    }

    /**
     * The same measures of this list and of {@code other} on the same server, each request of the one alternated with
     * the same of the other ({@link Harness#sampleAlternately}), so that the ratio of the two is that of their
     * contracts' sizes, not of two servers' JIT or of the machine's minute: a row for each, the other's first.
     */
    void measureAgainst(LineList other) {
        Progress.print("user number lists of " + other.adminId + " and " + adminId + ", alternately");
        if (!other.signIn() || !signIn()) {
            return;
        }
        int warmups = harness.warmups() + extraWarmups;
        Series[] get = harness.sampleAlternately(other::fullGet, this::fullGet, warmups);
        other.report.row("full GET admin/lines.xhtml (no search)", get[0], other.detail.get());
        report.row("full GET admin/lines.xhtml (no search)", get[1], detail.get());

        Page otherList = other.admin.get("admin/lines.xhtml");
        Page list = admin.get("admin/lines.xhtml");
        String otherNonce = otherList.nonce().orElse("");
        String nonce = list.nonce().orElse("");
        for (int i = 0; i < Math.min(searches.size(), other.searches.size()); i++) {
            Search theirs = other.searches.get(i);
            Search mine = searches.get(i);
            AtomicReference<String> otherState = new AtomicReference<>(otherList.viewState());
            AtomicReference<String> state = new AtomicReference<>(list.viewState());
            Series[] ajax = harness.sampleAlternately(
                    () -> other.ajaxSearch(theirs, otherState, otherNonce),
                    () -> ajaxSearch(mine, state, nonce),
                    warmups);
            other.report.row(theirs.label(), ajax[0], other.detail.get());
            report.row(mine.label(), ajax[1], detail.get());
        }
    }

    /** Signs in as the admin; false, with the error counted and a failed row, when that does not show the list. */
    private boolean signIn() {
        Page lines = admin.loginAdmin(adminId, password);
        if (lines.status() != 200 || !lines.uri().getPath().endsWith("/admin/lines.xhtml")) {
            errors.count(Errors.unexpected("admin login " + adminId, lines));
            report.row("admin login " + adminId + " failed", Series.failed(), "");
            return false;
        }
        return true;
    }

    /** The full GET and each search in turn, until the warm-up's time or count is up; errors count as in a series. */
    private void warmUp() {
        Progress.print("warming the user number list for up to " + warmSeconds + " s (" + warmMax + " requests)");
        Page list = admin.get("admin/lines.xhtml");
        AtomicReference<String> state = new AtomicReference<>(list.viewState());
        String nonce = list.nonce().orElse("");
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(warmSeconds);
        int done = 0;
        while (done < warmMax && System.nanoTime() < deadline) {
            int turn = done % (searches.size() + 1);
            String error;
            try {
                error = turn == 0 ? fullGet() : ajaxSearch(searches.get(turn - 1), state, nonce);
            } catch (RuntimeException e) {
                error = Errors.describe(e);
            }
            if (error != null) {
                errors.count("list warm-up: " + error);
            }
            done++;
        }
        warmReport.listWarmedUp(done, (System.nanoTime() - started) / 1e9);
    }

    private String fullGet() {
        Page page = admin.get("admin/lines.xhtml");
        if (page.status() != 200 || !page.uri().getPath().endsWith("/admin/lines.xhtml")) {
            return Errors.unexpected("GET admin/lines.xhtml", page);
        }
        return rows(page.body(), 20);
    }

    /** The request of the 検索 button; follows the view state that each answer sends back. */
    private String ajaxSearch(Search search, AtomicReference<String> state, String nonce) {
        Page partial = admin.post(
                "admin/lines.xhtml",
                ajaxForm(search.text(), state.get(), nonce),
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
            return Errors.unexpected("Ajax search \"" + search.text() + "\"", partial);
        }
        if (!search.text().isEmpty() && !partial.body().contains(search.text())) {
            return "Ajax search \"" + search.text() + "\": rows do not show the search text";
        }
        return rows(partial.body(), search.expectedRows());
    }

    /** The 検索 button's request as the page's script sends it, with the page's script nonce (CSP mode). */
    private static Map<String, String> ajaxForm(String text, String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "lines:find");
        form.put("jakarta.faces.partial.execute", "lines:find lines:search lines:lockedOnly");
        form.put("jakarta.faces.partial.render", "lines:table actions");
        form.put("lines:find", "lines:find");
        form.put("lines", "lines");
        form.put("lines:search", text);
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return form;
    }

    /** Checks that a page of the list holds the expected number of rows; notes the rows and the total found. */
    private String rows(String body, int expected) {
        long rows = ROW_KEY.matcher(body).results().count();
        Matcher total = TOTAL.matcher(body);
        String found = total.find() ? total.group(1).replace(",", "") + ("以上".equals(total.group(2)) ? "+" : "") : "?";
        detail.set(rows + " rows of " + found);
        return rows == expected ? null : "expected " + expected + " rows (data-rk) but found " + rows;
    }
}
