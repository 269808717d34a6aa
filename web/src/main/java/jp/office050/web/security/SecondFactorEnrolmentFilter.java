package jp.office050.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.office050.login.boundary.SecondFactors;

/**
 * Where the setting requires a second factor, an administrator ID or email account without one can do nothing but
 * enrol: every other page of its area sends it to the enrolment page (a temporary password is changed first, on its
 * own page).
 */
@WebFilter(urlPatterns = {"/admin/*", "/mail/admins.xhtml"})
public class SecondFactorEnrolmentFilter extends HttpFilter {

    static final String ENROLMENT_PAGE = "/admin/second-factor.xhtml";

    @Inject
    SecondFactors factors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean exempt = path.equals(ENROLMENT_PAGE)
                || path.equals(PasswordChangeFilter.ADMIN_PASSWORD_PAGE)
                || path.startsWith("/jakarta.faces.resource/");
        if (!exempt && (request.isUserInRole("admin") || request.isUserInRole("mail")) && factors.mustEnrol()) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
