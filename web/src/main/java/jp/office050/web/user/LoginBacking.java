package jp.office050.web.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.office050.web.security.LoginForm;
import jp.office050.web.security.PortalCredential;

/** The user settings site's login: ログインID + パスワード, [ログイン]. */
@Named("userLogin")
@RequestScoped
public class LoginBacking extends LoginForm {

    @Override
    protected PortalCredential credential(String loginId, String password) {
        return new PortalCredential.User(loginId, password);
    }

    @Override
    protected String landingPage() {
        return "/user/settings/index.xhtml";
    }
}
