package jp.office050.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.office050.it.PortalClient;

/**
 * One new visitor per login: no cookies but those of its own answers, as a browser opening the login page for the first
 * time. The visitors of a series share one HTTP client, and with it kept-alive connections (as behind a load balancer),
 * so that the figures are the server's rather than the cost of a new client and connection in this JVM.
 */
final class Visitor {

    private static final int MOST_REDIRECTS = 3;

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private Visitor(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A client the visitors of one series share. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static Visitor newVisitor(HttpClient http, URI base) {
        return new Visitor(http, base);
    }

    /** GET {@code user/}, then the login form posted as the page's script posts it; follows the redirect of a login. */
    PortalClient.Page loginUser(String loginId, String password) {
        PortalClient.Page form =
                send(HttpRequest.newBuilder(base.resolve("user/")).GET(), base.resolve("user/"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:loginId", loginId);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        URI action = form.uri();
        PortalClient.Page page = send(
                HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(PortalClient.encode(fields))),
                action);
        for (int i = 0; i < MOST_REDIRECTS && page.status() / 100 == 3; i++) {
            URI next = page.uri().resolve(page.header("Location").orElseThrow());
            page = send(HttpRequest.newBuilder(next).GET(), next);
        }
        return page;
    }

    private PortalClient.Page send(HttpRequest.Builder request, URI uri) {
        request.header("Accept-Language", "ja").timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                }
            }
            return new PortalClient.Page(response.statusCode(), uri, response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
