package jp.office050.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.office050.access.control.Caller;
import jp.office050.login.boundary.LoginResult;
import jp.office050.login.boundary.Logins;
import jp.office050.mailaccounts.boundary.MailAccounts;
import jp.office050.platform.control.Databases;
import jp.office050.web.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two realms. The pages: form login for the sites, kept in the session; the login pages hand a
 * {@link PortalCredential} to {@code SecurityContext.authenticate}; a protected page asked for without a login is sent
 * to its site's login page, with a note when the session has expired. The API ({@code /api/}): a bearer token on every
 * request, never a session or a cookie; a token opens no page, and a session opens no API call.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String RESULT = PortalAuthenticationMechanism.class.getName() + ".result";

    /** The session attribute that keeps the signed-in caller of the pages. */
    private static final String SIGNED_IN = PortalAuthenticationMechanism.class.getName() + ".caller";

    private static final String SIGNED_IN_AT = PortalAuthenticationMechanism.class.getName() + ".since";

    @Inject
    ApiTokens apiTokens;

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
        if (ApiTokens.isApi(request)) {
            return apiTokens.validate(request, response, context);
        }
        if (context.getAuthParameters().getCredential() instanceof PortalCredential credential) {
            try {
                return login(credential, request, context);
            } catch (RuntimeException failed) {
                if (Databases.unreachable(failed)) { // the attempt was neither counted nor checked
                    return unavailable(response);
                }
                throw failed;
            }
        }
        if (context.getAuthParameters().getCredential() instanceof MigrationConsent) {
            return consent(request, context);
        }
        if (context.getAuthParameters().getCredential() instanceof SecondFactorCode code) {
            try {
                return secondFactor(code, request, context);
            } catch (RuntimeException failed) {
                if (Databases.unreachable(failed)) {
                    return unavailable(response);
                }
                throw failed;
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof String principal) {
            Optional<Caller> caller = Caller.parse(principal);
            boolean still;
            try {
                still = caller.isPresent() && stillSignedIn(request, session, caller.get());
            } catch (RuntimeException failed) {
                if (Databases.unreachable(failed)) {
                    return unavailable(response);
                }
                throw failed;
            }
            if (still) {
                return context.notifyContainerAboutLogin(
                        principal, Set.of(caller.get().kind().prefix()));
            }
            session.invalidate(); // its account was removed, made anew or given a password by someone else
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(
            PortalCredential credential, HttpServletRequest request, HttpMessageContext context) {
        forgetCaller(request);
        // the session counts from before the password was checked: a reset that lands during the check ends it
        request.setAttribute(SIGNED_IN_AT, Instant.now());
        LoginResult result = credential.checkWith(logins);
        request.setAttribute(RESULT, result.status());
        if (result.status() == LoginResult.Status.CONSENT_NEEDED) {
            PendingConsent.remember(request, result.caller().id());
        }
        if (result.status() == LoginResult.Status.SECOND_FACTOR_NEEDED) {
            PendingSecondFactor.remember(request, result.caller(), (Instant) request.getAttribute(SIGNED_IN_AT));
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

    /** The second-factor page's code: only for the account whose password was proved in this session a moment ago. */
    private AuthenticationStatus secondFactor(
            SecondFactorCode code, HttpServletRequest request, HttpMessageContext context) {
        Optional<PendingSecondFactor> pending = PendingSecondFactor.peek(request);
        Optional<Caller> caller = pending.flatMap(PendingSecondFactor::caller);
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginResult result = logins.secondFactor(caller.get(), code.code());
        request.setAttribute(RESULT, result.status());
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        PendingSecondFactor.forget(request);
        request.setAttribute(SIGNED_IN_AT, pending.get().provedAt());
        return signIn(result.caller(), request, context);
    }

    private AuthenticationStatus signIn(Caller caller, HttpServletRequest request, HttpMessageContext context) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(SIGNED_IN, caller.principalName());
        session.setAttribute(
                SIGNED_IN_AT,
                request.getAttribute(SIGNED_IN_AT) instanceof Instant attempted ? attempted : Instant.now());
        return context.notifyContainerAboutLogin(
                caller.principalName(), Set.of(caller.kind().prefix()));
    }

    /** Pages ask the database; the pages' scripts and styles (no data of anyone's) do not. */
    private boolean stillSignedIn(HttpServletRequest request, HttpSession session, Caller caller) {
        if (request.getServletPath().startsWith("/jakarta.faces.resource/")) { // as the container mapped it
            return true;
        }
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && logins.stillSignedIn(caller, signedInAt);
    }

    /** A logout: the session forgets its caller (the logout also ends the session). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** A new login replaces whoever was signed in in the request's session, whatever its outcome. */
    static void forgetCaller(HttpServletRequest request) {
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.removeAttribute(SIGNED_IN);
        }
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

    /** The database is away: nobody can be checked now (the session is kept for when it returns). */
    private static AuthenticationStatus unavailable(HttpServletResponse response) {
        Unavailable.answer(response);
        return AuthenticationStatus.SEND_CONTINUE;
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
