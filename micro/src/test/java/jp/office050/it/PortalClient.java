package jp.office050.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, posts JSF forms with their ViewState, speaks Japanese; HTTP/1.1, as
 * browsers speak plain HTTP (no h2c upgrade).
 */
public class PortalClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The script nonce PrimeFaces gives a page in its CSP mode; its script adds it to every post of the page. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    public record Page(int status, URI uri, String body, HttpHeaders headers) {
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no ViewState on " + uri + ":\n" + body);
            }
            return m.group(1);
        }

        /** The page's script nonce, if PrimeFaces gave it one. */
        public Optional<String> nonce() {
            Matcher m = NONCE.matcher(body);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private URI base;
    private final CookieManager cookies = new CookieManager();
    private HttpClient http;
    private Page current;

    public PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A second window of the same browser: the same cookies, so the same session. */
    public void shareCookiesWith(PortalClient other) {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(other.cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same browser, its requests now reaching another instance of a cluster (as a load balancer would send them):
     * the same cookies, the same page on screen, whose next post goes to {@code otherBase}.
     */
    public void reachThrough(URI otherBase) {
        if (current != null) {
            URI page = current.uri();
            URI moved =
                    otherBase.resolve(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
            current = new Page(current.status(), moved, current.body(), current.headers());
        }
        base = otherBase;
    }

    public Page get(String path) {
        return current = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A request on the side (same cookies) that leaves the current page as it is. */
    public Page fetch(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * Posts the form {@code formId} of the current page, with the given fields (ids without the form prefix), as the
     * page's script does it (with the page's nonce).
     */
    public Page submit(String formId, String button, Map<String, String> fields) {
        return submit(formId, button, fields, Map.of());
    }

    /** As {@link #submit(String, String, Map)}, with extra request headers (a forged {@code Host}, say). */
    public Page submit(String formId, String button, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", current.viewState());
        current.nonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        String action = current.uri().getPath();
        var request = HttpRequest.newBuilder(current.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(request::header);
        return current = send(request);
    }

    /**
     * A PrimeFaces Ajax event of the current page, as its script sends it (e.g. {@code rowSelect} of a data table),
     * with the given request parameters; renders {@code render}. Leaves the current page as it is.
     */
    public Page ajaxEvent(String formId, String source, String event, String render, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", render);
        form.put("jakarta.faces.behavior.event", event);
        form.put("jakarta.faces.partial.event", event);
        form.put(formId, formId);
        form.putAll(params);
        form.put("jakarta.faces.ViewState", current.viewState());
        current.nonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        return post(current.uri().getPath(), form, Map.of("Faces-Request", "partial/ajax"));
    }

    /** The session id this client's cookie holds, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Another browser that somehow holds the given session id (planted, or read off the wire) as its cookie. */
    public PortalClient withSessionId(String sessionId) {
        var cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath(base.getPath().replaceAll("/$", ""));
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    /** A plain form post, for the test-only endpoints. */
    public Page post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** A post of a body exactly as given (already form-encoded, or not quite). Leaves the current page as it is. */
    public Page postBody(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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
            return new Page(response.statusCode(), response.uri(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form as a browser posts it ({@code application/x-www-form-urlencoded}). */
    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
