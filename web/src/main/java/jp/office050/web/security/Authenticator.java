package jp.office050.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.office050.login.boundary.LoginResult;
import org.omnifaces.util.Faces;

/** Used by the login pages: hands the typed credential to the container, logs out. */
@RequestScoped
public class Authenticator {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public boolean authenticate(Credential credential) {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return status == AuthenticationStatus.SUCCESS;
    }

    /** How the login attempted in this request ended, as the mechanism left it. */
    public Optional<LoginResult.Status> lastResult() {
        return PortalAuthenticationMechanism.result(
                (HttpServletRequest) faces.getExternalContext().getRequest());
    }

    /**
     * A redirect to a path of this application, given from its root ({@code /admin/lines.xhtml?grant=%s}); the
     * parameters are URL-encoded into the {@code %s} placeholders.
     */
    public void redirect(String path, Object... parameters) {
        Faces.redirect(Faces.getRequestContextPath() + path, parameters);
    }

    /** A redirect after which the messages of this request are still shown (the flash keeps them). */
    public void redirectKeepingMessages(String path) {
        Faces.getFlash().setKeepMessages(true);
        redirect(path);
    }

    /**
     * A password was proved, or the session's privilege changed (an email account now acts through an administrator
     * ID): the session gets a new id, so that an id known before is worth nothing after it.
     */
    public void renewSession() {
        ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
    }

    /** Ends the login and the session, so that nothing opened from it stays usable. */
    public void logout(String thenTo) throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
        external.invalidateSession();
        redirect(thenTo);
    }
}
