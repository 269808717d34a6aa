package jp.office050.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.office050.lines.boundary.MyLine;
import jp.office050.login.boundary.AdministratorPasswords;

/**
 * A user, or an administrator ID, signed in with a temporary password can do nothing but choose a new one: every other
 * page sends it to its password page (the boundaries refuse the rest too).
 */
@WebFilter(urlPatterns = {"/user/settings/*", "/admin/*"})
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/user/settings/password.xhtml";
    static final String ADMIN_PASSWORD_PAGE = "/admin/password.xhtml";

    @Inject
    MyLine myLine;

    @Inject
    AdministratorPasswords administratorPasswords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the path as the container mapped it (decoded and normalised), not as it was typed
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String passwordPage = null;
        if (path.startsWith("/user/") && request.isUserInRole("user") && myLine.mustChangePassword()) {
            passwordPage = PASSWORD_PAGE;
        } else if (path.startsWith("/admin/")
                && request.isUserInRole("admin")
                && administratorPasswords.mustChangePassword()) {
            passwordPage = ADMIN_PASSWORD_PAGE;
        }
        if (passwordPage != null && !path.equals(passwordPage) && !path.startsWith("/jakarta.faces.resource/")) {
            response.sendRedirect(request.getContextPath() + passwordPage);
            return;
        }
        chain.doFilter(request, response);
    }
}
