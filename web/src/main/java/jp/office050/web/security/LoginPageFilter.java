package jp.office050.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.office050.access.control.Caller;
import jp.office050.login.boundary.LoginResult;
import jp.office050.login.boundary.Logins;
import jp.office050.web.Site;

/**
 * The login pages without a render where nothing needs one. The login form is the same for everybody who is not
 * signed in, and so is its answer to a refused login ("the ID or password is wrong or the ID is locked"): JSF renders
 * each once per page, language and scheme (a stateless view: nothing of it is kept in a session), and this filter
 * answers again with what it rendered, with a fresh script nonce and the ID the request typed, for
 *
 * <ul>
 *   <li>a GET of a login page by a browser that sends no cookie (no session, no message waiting in the flash), without
 *       a query (the query shows notes such as "you were logged out");
 *   <li>a login of an administrator ID or login ID that is locked now, known or not ({@link Logins#refusedAsLocked}
 *       audits the refusal as a full attempt would; nothing is counted or hashed). A session the request has
 *       forgets its caller, as any login attempt makes it do;
 *   <li>a login refused after its password was checked.
 * </ul>
 *
 * The login itself, a post of the form as the page sends it (its button, its stateless view, its script nonce, an ID
 * and a password: what JSF would require before it called {@link LoginForm#login}), is handed to the container here,
 * without building the form's view: a login that succeeds, or needs a next step, is redirected from here, a refused
 * one answered with the kept page. Any other outcome (a message of its own), and a post JSF would answer otherwise,
 * goes on to JSF, which tries no login again in the same request.
 *
 * <p>Anything else, and everything when the database does not answer, goes to JSF as before. A kept page is rendered
 * afresh after a minute, so that it follows the portal's settings.
 */
public class LoginPageFilter extends HttpFilter {

    private static final long LIFE = TimeUnit.MINUTES.toNanos(1);
    private static final int MOST_KEPT = 64;

    /** A login page: its site's kind of caller and its ID field's name ({@code kind} null: no quick refusal). */
    private record LoginPage(Caller.Kind kind, String idField) {}

    private static final Map<String, LoginPage> PAGES = Map.of(
            "/index.xhtml", new LoginPage(Caller.Kind.ADMIN, "login:adminId"),
            "/user/index.xhtml", new LoginPage(Caller.Kind.USER, "login:loginId"),
            "/mail/index.xhtml", new LoginPage(null, "login:address"));

    /** Whether a view is one of the login forms. */
    static boolean isLoginForm(String viewId) {
        return PAGES.containsKey(viewId);
    }

    /** The pages JSF rendered, by what they depend on. */
    private record Key(String path, boolean refusal, String languages, boolean secure) {}

    private final Map<Key, PageTemplate> kept = new ConcurrentHashMap<>();

    @Inject
    Logins logins;

    @Inject
    SecurityContext security;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LoginPage page = PAGES.get(request.getServletPath());
        if (page == null || request.getPathInfo() != null) {
            chain.doFilter(request, response);
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        boolean post = "POST".equals(request.getMethod()) && request.getParameter("login") != null;
        if (get && (request.getQueryString() != null || request.getHeader("Cookie") != null)) {
            chain.doFilter(request, response);
            return;
        }
        if (!get && !post) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(
                request.getServletPath(),
                post,
                Optional.ofNullable(request.getHeader("Accept-Language")).orElse(""),
                request.isSecure());
        long now = System.nanoTime();
        PageTemplate template = kept.get(key);
        if (template != null && !template.freshAt(now, LIFE)) {
            kept.remove(key, template);
            template = null;
        }
        String typedId = post ? request.getParameter(page.idField()) : null;
        if (template != null && (get || refusedAsLocked(page, request, typedId))) {
            template.answer(response, typedId);
            return;
        }
        if (post && loggedIn(request, response, template, typedId)) {
            return;
        }
        if (request.getHeader("Cookie") != null) {
            chain.doFilter(request, response);
            return;
        }
        makeRoom(now);
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        capture.flushBuffer();
        boolean failedLogin =
                post && PortalAuthenticationMechanism.result(request).orElse(null) == LoginResult.Status.FAILED;
        if (request.getSession(false) == null && capture.body().isPresent() && (get || failedLogin)) {
            PageTemplate.of(response, capture.body().get(), post ? page.idField() : null, typedId, now)
                    .ifPresent(rendered -> kept.put(key, rendered));
        }
    }

    /**
     * Room for another page. When the most are kept, those past their minute go; if that frees nothing (a client
     * naming ever new languages), all go: pages are then rendered by JSF, as they would be without this filter.
     */
    private void makeRoom(long now) {
        if (kept.size() >= MOST_KEPT) {
            kept.values().removeIf(template -> !template.freshAt(now, LIFE));
        }
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
    }

    /**
     * The login of a form posted as its page posts it, handed to the container: true when it has been answered (a
     * redirect, the kept refusal, or the container's own answer), false when JSF is to answer: the post is not one JSF
     * would log in with, or the login ended with a message of its own (then {@link LoginForm} shows it).
     */
    private boolean loggedIn(
            HttpServletRequest request, HttpServletResponse response, PageTemplate refusal, String typedId)
            throws IOException {
        String password = request.getParameter("login:password");
        if (request.getParameter("login:submit") == null
                || !"stateless".equals(request.getParameter("jakarta.faces.ViewState"))
                || !PageTemplate.isNonce(request.getParameter("primefaces.nonce"))
                || typedId == null
                || typedId.isEmpty()
                || password == null
                || password.isEmpty()) {
            return false;
        }
        Site site = Site.of(request.getServletPath());
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(PortalCredential.typedOn(site, typedId, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return true;
        }
        LoginResult.Status result =
                PortalAuthenticationMechanism.result(request).orElse(LoginResult.Status.FAILED);
        Optional<String> next = LoginForm.nextPage(site, status == AuthenticationStatus.SUCCESS, result);
        if (next.isPresent()) {
            response.sendRedirect(request.getContextPath() + next.get());
            return true;
        }
        if (result == LoginResult.Status.FAILED && refusal != null) {
            refusal.answer(response, typedId);
            return true;
        }
        return false;
    }

    /** Whether the login is of a locked ID: then it has been refused and audited. */
    private boolean refusedAsLocked(LoginPage page, HttpServletRequest request, String typedId) {
        if (page.kind() == null) {
            return false;
        }
        try {
            if (!logins.refusedAsLocked(page.kind(), typedId, request.getParameter("login:password"))) {
                return false;
            }
        } catch (RuntimeException failed) { // the database, say: the full attempt tells the person
            return false;
        }
        PortalAuthenticationMechanism.forgetCaller(request);
        return true;
    }

    /** The response, passed on as it is written, with a copy of its text (pages are written as text). */
    private static final class Capture extends HttpServletResponseWrapper {

        private static final int MOST = 256 * 1024;
        private final CharArrayWriter copy = new CharArrayWriter(16 * 1024);
        private PrintWriter writer;
        private boolean binary;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter out = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        out.write(chars, offset, length);
                        if (copy.size() <= MOST) {
                            copy.write(chars, offset, length);
                        }
                    }

                    @Override
                    public void flush() {
                        out.flush();
                    }

                    @Override
                    public void close() {
                        out.close();
                    }
                });
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            binary = true;
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        Optional<String> body() {
            return binary || writer == null || copy.size() > MOST ? Optional.empty() : Optional.of(copy.toString());
        }
    }
}
