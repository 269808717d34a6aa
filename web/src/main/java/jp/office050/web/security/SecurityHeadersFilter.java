package jp.office050.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.primefaces.csp.CspException;

/**
 * The first filter of every request and of every error page (declared in web.xml, so that the order is certain). A
 * session id is taken from the cookie only: a request naming one in its URL ({@code ;jsessionid=…}) is sent to the same
 * address without it, and so reaches nothing of that session. Every answer gets the headers that keep browsers from
 * sniffing types, framing the portal or leaking its addresses; pages (not static resources) are never stored by a
 * cache; over HTTPS, browsers are told to keep to HTTPS. The Content-Security-Policy of a page is set by PrimeFaces in
 * its CSP mode, with a fresh nonce per response (web.xml, {@code primefaces.CSP_POLICY}).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final Pattern SESSION_IN_PATH = Pattern.compile(";jsessionid=[^/?#;]*", Pattern.CASE_INSENSITIVE);
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // an error page, also one the container sends before any filter ran (a refused security constraint's 403)
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        if (request.isRequestedSessionIdFromURL()
                || SESSION_IN_PATH.matcher(request.getRequestURI()).find()) {
            String query = request.getQueryString();
            response.sendRedirect(
                    SESSION_IN_PATH.matcher(request.getRequestURI()).replaceAll("")
                            + (query == null ? "" : "?" + query));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (!forgedNonce(failed) || response.isCommitted()) {
                throw failed;
            }
            // A post the page did not send (its script nonce is missing or another page's): refused, as a whole.
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** PrimeFaces' CSP mode refused the request's script nonce (also while rendering an error page for it). */
    static boolean forgedNonce(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
