package jp.office050.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.office050.web.security.LoginForm;
import jp.office050.web.security.PortalCredential;

/** The admin portal's front page: 管理者ID + パスワード, [管理者IDでログイン]. */
@Named("adminLogin")
@RequestScoped
public class LoginBacking extends LoginForm {

    @Override
    protected PortalCredential credential(String adminId, String password) {
        return new PortalCredential.Admin(adminId, password);
    }

    @Override
    protected String landingPage() {
        return "/admin/lines.xhtml";
    }
}
