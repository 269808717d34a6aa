package jp.office050.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.office050.it.PortalClient;

/**
 * Routing answers for incoming calls at 10,000 lines (contract 05000000001): the SIP proxy's question
 * {@code GET /api/v1/routing} for a random line of the contract, with 1, 4 and 8 clients, each over one kept-alive
 * HTTP/1.1 connection as Kamailio's http_client keeps one; and, in the middle of the 4-client series, a setting saved
 * on the user's page (anonymous call rejection), which the very next answer must show.
 */
final class Routing {

    private static final Pattern DEMO_TOKEN = Pattern.compile("Bearer (o50_demo_[A-Za-z0-9_-]+)");
    private static final String LINE = "05011110001";
    private static final String LOGIN_ID = "u05011110001";

    private final Harness harness;
    private final Errors errors;
    private final Settings settings;
    private final URI api;
    private final String token;
    private final AtomicReference<String> fresh = new AtomicReference<>("not measured");

    Routing(Harness harness, Errors errors, Settings settings, URI base, Path serverLog) throws IOException {
        this.harness = harness;
        this.errors = errors;
        this.settings = settings;
        this.api = base.resolve("api/v1/routing");
        Matcher token = DEMO_TOKEN.matcher(Files.readString(serverLog, StandardCharsets.UTF_8));
        this.token = token.find() ? token.group(1) : "";
    }

    /** The routing series; the 4-client one has the settings change land in its middle. */
    Series[] measure(URI base) {
        Progress.print("routing answers (GET /api/v1/routing), 1, 4 and 8 clients");
        if (token.isEmpty()) {
            errors.count("routing: no demo token in the server log");
            return new Series[] {Series.failed(), Series.failed(), Series.failed()};
        }
        harness.warmUp(asker(), 3_000);
        int seconds = settings.refusedSeconds() * 2;
        Series one = harness.concurrently("routing", 1, seconds, 200_000, client -> asker());
        Thread change = new Thread(() -> changeMidway(base, seconds), "bench-routing-change");
        change.setDaemon(true);
        change.start();
        Series four = harness.concurrently("routing", 4, seconds, 400_000, client -> asker());
        try {
            change.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Series eight = harness.concurrently("routing", 8, seconds, 400_000, client -> asker());
        return new Series[] {one, four, eight};
    }

    /** Whether the answer after a save showed it, each time (the report's note). */
    String freshness() {
        return fresh.get();
    }

    /** One client: its own connection, random lines of the 10,000. */
    private Op asker() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return () -> {
            int i = ThreadLocalRandom.current().nextInt(1, 10_000);
            String number = "0501111" + String.format("%04d", i);
            HttpResponse<String> answer = ask(http, number, "0312345678");
            if (answer.statusCode() != 200 || !answer.body().startsWith("{\"action\":\"")) {
                return "routing: HTTP " + answer.statusCode() + " " + answer.body();
            }
            return null;
        };
    }

    private HttpResponse<String> ask(HttpClient http, String number, String caller)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(api + "?called=" + number + "&caller=" + caller))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Halfway through a series: the user switches rejection on, then off; each time the next answer must follow. */
    private void changeMidway(URI base, int seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds).toMillis() / 2);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            PortalClient user = new PortalClient(base);
            user.loginUser(LOGIN_ID, PortalBenchmark.USER_PASSWORD);
            StringBuilder seen = new StringBuilder();
            for (boolean on : new boolean[] {true, false}) {
                user.get("user/settings/anonymous.xhtml");
                var saved = user.submit("anonymous", "save", Map.of("enabled", Boolean.toString(on)));
                if (!saved.body().contains("設定を保存しました")) {
                    errors.count(Errors.unexpected("routing: save anonymous rejection", saved));
                    return;
                }
                String next = ask(http, LINE, "anonymous").body();
                boolean follows = next.startsWith(on ? "{\"action\":\"reject\"" : "{\"action\":\"ring\"");
                if (!follows) {
                    errors.count("routing: the answer after the save did not follow it: " + next);
                }
                seen.append(on ? "rejection on → " : "; off → ").append(follows ? "followed" : "STALE");
            }
            fresh.set(seen.toString());
        } catch (IOException | RuntimeException e) {
            errors.count("routing: settings change: " + Errors.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
