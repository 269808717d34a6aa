package jp.office050.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.office050.audit.control.RequestOrigin;

/** Tells the audit trail where each request came from (declared in web.xml: before the login pages' filter). */
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr());
        origin.setLocale(request.getLocale());
        chain.doFilter(request, response);
    }
}
