package jp.office050.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.login.boundary.LoginResult;
import jp.office050.web.Provider;
import jp.office050.web.Site;
import org.omnifaces.util.Messages;

/**
 * The one login form of the three sites (WEB-INF/includes/login-form.xhtml): an ID and a password, handed to the
 * container as the credential of the page's site; where a login leads and what a failure says are the site's.
 */
@Named
@RequestScoped
public class LoginForm {

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Provider provider;

    @Inject
    FacesContext faces;

    private String id;
    private String password;

    /**
     * The login, unless {@link LoginPageFilter} tried it in this request already and left only its message to show
     * (a login is tried once per request).
     */
    public void login() throws IOException {
        Site site = Site.of(faces.getViewRoot().getViewId());
        boolean signedIn = authenticator.lastResult().isEmpty()
                && authenticator.authenticate(PortalCredential.typedOn(site, id, password));
        password = null;
        LoginResult.Status status = authenticator.lastResult().orElse(LoginResult.Status.FAILED);
        Optional<String> next = nextPage(site, signedIn, status);
        if (next.isPresent()) {
            authenticator.redirect(next.get());
            return;
        }
        switch (status) {
            case DIRECTORY_UNAVAILABLE -> Messages.addGlobalError("login.unavailable");
            case PASSWORD_EXPIRED -> Messages.addGlobalError("login.temporaryExpired");
            default ->
                Messages.addGlobalError(
                        site.loginFailureKey(), lockout.duration().toMinutes(), provider.getName());
        }
    }

    /** Where a login goes on from its page: its site's first page, or the next step it needs; empty: it stays. */
    static Optional<String> nextPage(Site site, boolean signedIn, LoginResult.Status status) {
        if (signedIn) {
            return Optional.of(site.landingPage());
        }
        return switch (status) {
            case CONSENT_NEEDED -> Optional.of("/mail/consent.xhtml");
            case SECOND_FACTOR_NEEDED -> Optional.of("/code.xhtml");
            default -> Optional.empty();
        };
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
