package jp.office050.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.web.security.Authenticator;
import jp.office050.web.security.PortalCredential;

/** The admin portal's front page: 管理者ID + パスワード, [管理者IDでログイン]. */
@Named("adminLogin")
@RequestScoped
public class LoginBacking {

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    private String adminId;
    private String password;

    public void login() throws IOException {
        boolean signedIn = authenticator.authenticate(new PortalCredential.Admin(adminId, password));
        password = null;
        if (signedIn) {
            authenticator.redirect("/admin/lines.xhtml");
        } else {
            Messages.error("login.failed", lockout.duration().toMinutes());
        }
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
