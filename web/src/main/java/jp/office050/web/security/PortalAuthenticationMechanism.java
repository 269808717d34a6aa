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
import java.util.Optional;
import java.util.Set;
import jp.office050.access.control.Caller;
import jp.office050.login.boundary.LoginResult;
import jp.office050.login.boundary.Logins;
import jp.office050.mailaccounts.boundary.MailAccounts;
import jp.office050.web.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login for both sites. The login pages hand a {@link PortalCredential} to
 * {@code SecurityContext.authenticate}; a protected page asked for without a login is sent to its site's login page,
 * with a note when the session has expired.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String RESULT = PortalAuthenticationMechanism.class.getName() + ".result";

    @Inject
    Logins logins;

    @Inject
    MailAccounts mailAccounts;

    @Inject
    @ConfigProperty(name = "office050.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof PortalCredential credential) {
            return login(credential, request, context);
        }
        if (context.getAuthParameters().getCredential() instanceof MigrationConsent) {
            return consent(request, context);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(
            PortalCredential credential, HttpServletRequest request, HttpMessageContext context) {
        LoginResult result = credential.checkWith(logins);
        request.setAttribute(RESULT, result.status());
        if (result.status() == LoginResult.Status.CONSENT_NEEDED) {
            PendingConsent.remember(request, result.caller().id());
        }
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signIn(result.caller(), request, context);
    }

    /** The consent page's button: only for the ID whose password was proved in this session a moment ago. */
    private AuthenticationStatus consent(HttpServletRequest request, HttpMessageContext context) {
        Optional<Caller> caller = PendingConsent.take(request).flatMap(mailAccounts::consent);
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signIn(caller.get(), request, context);
    }

    private AuthenticationStatus signIn(Caller caller, HttpServletRequest request, HttpMessageContext context) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setMaxInactiveInterval(idleMinutes * 60);
        return context.notifyContainerAboutLogin(
                caller.principalName(), Set.of(caller.kind().prefix()));
    }

    /** How the last login of this request ended ({@link LoginResult.Status}), for the login page's message. */
    public static Optional<LoginResult.Status> result(HttpServletRequest request) {
        return Optional.ofNullable((LoginResult.Status) request.getAttribute(RESULT));
    }

    private AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String target = request.getContextPath() + Site.of(path).loginPage() + (expired ? "?expired=true" : "");
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
