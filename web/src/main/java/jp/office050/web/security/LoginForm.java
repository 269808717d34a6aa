package jp.office050.web.security;

import jakarta.inject.Inject;
import java.io.IOException;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.login.boundary.LoginResult;
import jp.office050.web.Messages;
import jp.office050.web.Provider;

/** An ID and a password typed into a login page, handed to the container; where to go once logged in. */
public abstract class LoginForm {

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Provider provider;

    private String id;
    private String password;

    protected abstract PortalCredential credential(String id, String password);

    /** The page a successful login leads to, from the context root. */
    protected abstract String landingPage();

    /** The message of a failed login; it must not tell whether the ID exists. */
    protected String failureMessage() {
        return "login.failed";
    }

    public void login() throws IOException {
        boolean signedIn = authenticator.authenticate(credential(id, password));
        password = null;
        if (signedIn) {
            authenticator.redirect(landingPage());
            return;
        }
        switch (authenticator.lastResult().orElse(LoginResult.Status.FAILED)) {
            case CONSENT_NEEDED -> authenticator.redirect("/mail/consent.xhtml");
            case DIRECTORY_UNAVAILABLE -> Messages.error("login.unavailable");
            case PASSWORD_EXPIRED -> Messages.error("login.temporaryExpired");
            default -> Messages.error(failureMessage(), lockout.duration().toMinutes(), provider.getName());
        }
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
