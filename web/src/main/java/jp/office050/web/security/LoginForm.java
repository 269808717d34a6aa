package jp.office050.web.security;

import jakarta.inject.Inject;
import java.io.IOException;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.web.Messages;

/** An ID and a password typed into a login page, handed to the container; where to go once logged in. */
public abstract class LoginForm {

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    private String id;
    private String password;

    protected abstract PortalCredential credential(String id, String password);

    /** The page a successful login leads to, from the context root. */
    protected abstract String landingPage();

    public void login() throws IOException {
        boolean signedIn = authenticator.authenticate(credential(id, password));
        password = null;
        if (signedIn) {
            authenticator.redirect(landingPage());
        } else {
            Messages.error("login.failed", lockout.duration().toMinutes());
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
