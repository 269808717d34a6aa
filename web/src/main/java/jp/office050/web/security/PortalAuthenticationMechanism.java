package jp.office050.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.office050.login.boundary.LoginResult;
import jp.office050.login.boundary.Logins;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login for both sites. The login pages hand a {@link PortalCredential} to
 * {@code SecurityContext.authenticate}; a protected page asked for without a login is sent to its site's login page,
 * with a note when the session has expired.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    Logins logins;

    @Inject
    @ConfigProperty(name = "office050.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof PortalCredential credential) {
            return login(credential, request, context);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(
            PortalCredential credential, HttpServletRequest request, HttpMessageContext context) {
        LoginResult result = credential.checkWith(logins);
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setMaxInactiveInterval(idleMinutes * 60);
        var caller = result.caller();
        return context.notifyContainerAboutLogin(
                caller.principalName(), Set.of(caller.kind().role()));
    }

    private AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String target = request.getContextPath()
                + (path.startsWith("/user/") ? "/user/" : "/")
                + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(response, target);
        }
        return context.redirect(target);
    }

    /** A JSF Ajax request cannot follow an HTTP redirect; it is told to go there in a partial response. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String target) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                            + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
