package jp.office050.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import jp.office050.platform.control.Databases;

/**
 * The error pages (forbidden, not found, error). Reached from a refused or broken request, each is shown as a page of
 * its own: a plain GET without the refused request's parameters (nor its Ajax header), so that what made the request
 * fail (a tampered view state, a missing script nonce) cannot make its error page fail too. The forbidden page answers 403 however it was
 * reached: the container forwards a refusal to it with 500 by default, which would page whoever watches for server
 * errors each time someone tampers with a request. A request that failed because the database was away gets the plain
 * 503 page instead ({@link Unavailable}).
 */
public class ErrorPagesFilter extends HttpFilter {

    static final String FORBIDDEN = "/forbidden.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (FORBIDDEN.equals(request.getServletPath())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failed
                && Databases.unreachable(failed)) {
            Unavailable.answer(response); // not an error of the page: the database is away for a moment
            return;
        }
        boolean dispatched = request.getDispatcherType() == DispatcherType.ERROR
                || request.getDispatcherType() == DispatcherType.FORWARD;
        chain.doFilter(dispatched ? new PlainGet(request) : request, response);
    }

    /** The request as a plain GET: no parameters, and not a Faces Ajax request either. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        private static final String FACES_REQUEST = "Faces-Request";

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !FACES_REQUEST.equalsIgnoreCase(name))
                    .toList());
        }
    }
}
