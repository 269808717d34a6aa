package jp.office050.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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

    public void login() throws IOException {
        Site site = Site.of(faces.getViewRoot().getViewId());
        boolean signedIn = authenticator.authenticate(credential(site));
        password = null;
        if (signedIn) {
            authenticator.redirect(site.landingPage());
            return;
        }
        switch (authenticator.lastResult().orElse(LoginResult.Status.FAILED)) {
            case CONSENT_NEEDED -> authenticator.redirect("/mail/consent.xhtml");
            case SECOND_FACTOR_NEEDED -> authenticator.redirect("/code.xhtml");
            case DIRECTORY_UNAVAILABLE -> Messages.addGlobalError("login.unavailable");
            case PASSWORD_EXPIRED -> Messages.addGlobalError("login.temporaryExpired");
            default ->
                Messages.addGlobalError(
                        site.loginFailureKey(), lockout.duration().toMinutes(), provider.getName());
        }
    }

    private PortalCredential credential(Site site) {
        return switch (site) {
            case USER -> new PortalCredential.User(id, password);
            case MAIL -> new PortalCredential.Mail(id, password);
            case ADMIN, MYPAGE -> new PortalCredential.Admin(id, password);
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
