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

/** A user who signed in with a temporary password can do nothing but choose a new one. */
@WebFilter(urlPatterns = "/user/settings/*")
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/user/settings/password.xhtml";

    @Inject
    MyLine myLine;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.isUserInRole("user") && !path.equals(PASSWORD_PAGE) && myLine.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
