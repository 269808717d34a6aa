package jp.office050.web.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.web.Messages;
import jp.office050.web.security.Authenticator;
import jp.office050.web.security.PortalCredential;

/** The user settings site's login: ログインID + パスワード, [ログイン]. */
@Named("userLogin")
@RequestScoped
public class LoginBacking {

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    private String loginId;
    private String password;

    public void login() throws IOException {
        boolean signedIn = authenticator.authenticate(new PortalCredential.User(loginId, password));
        password = null;
        if (signedIn) {
            authenticator.redirect("/user/settings/index.xhtml");
        } else {
            Messages.error("login.failed", lockout.duration().toMinutes());
        }
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
