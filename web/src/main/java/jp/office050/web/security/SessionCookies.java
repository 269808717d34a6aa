package jp.office050.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: never readable by scripts, not sent along with requests from other sites' pages
 * ({@code SameSite=Lax}), and {@code Secure} (sent over HTTPS only) unless {@code office050.session.cookie-secure}
 * is {@code false}, which only a plain-HTTP trial such as the demo needs. Set here rather than in web.xml so that it
 * is the same on every server and configurable without a rebuild.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    static final String SECURE = "office050.session.cookie-secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue(SECURE, Boolean.class)
                .orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
    }
}
