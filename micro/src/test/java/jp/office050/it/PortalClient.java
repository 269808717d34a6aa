package jp.office050.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a screen: keeps cookies, posts JSF forms with their ViewState, speaks Japanese. */
public class PortalClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    public record Page(int status, URI uri, String body) {
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no ViewState on " + uri + ":\n" + body);
            }
            return m.group(1);
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private HttpClient http;
    private Page current;

    public PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A second window of the same browser: the same cookies, so the same session. */
    public void shareCookiesWith(PortalClient other) {
        http = HttpClient.newBuilder()
                .cookieHandler(other.cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Page get(String path) {
        return current = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A request on the side (same cookies) that leaves the current page as it is. */
    public Page fetch(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the form {@code formId} of the current page, with the given fields (ids without the form prefix). */
    public Page submit(String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", current.viewState());
        String action = current.uri().getPath();
        return current = send(HttpRequest.newBuilder(current.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** A plain form post, for the test-only endpoints. */
    public Page post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * A form post with extra headers (e.g. {@code Faces-Request: partial/ajax}), as a script of the page sends it: the
     * body in UTF-8 and said so. Leaves the current page as it is.
     */
    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request);
    }

    public Page loginAdmin(String adminId, String password) {
        get("./");
        return submit("login", "submit", Map.of("adminId", adminId, "password", password));
    }

    public Page loginUser(String loginId, String password) {
        get("user/");
        return submit("login", "submit", Map.of("loginId", loginId, "password", password));
    }

    public Page loginMail(String identifier, String password) {
        get("mail/");
        return submit("login", "submit", Map.of("address", identifier, "password", password));
    }

    public Page current() {
        return current;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = http.send(
                    request.header("Accept-Language", "ja")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
