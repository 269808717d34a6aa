package jp.office050.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.office050.web.security.LoginForm;
import jp.office050.web.security.PortalCredential;

/** 「メールアドレス」でのログイン: address (or migrated master ID) + パスワード, [ログイン]. */
@Named("mailLogin")
@RequestScoped
public class LoginBacking extends LoginForm {

    @Override
    protected PortalCredential credential(String identifier, String password) {
        return new PortalCredential.Mail(identifier, password);
    }

    @Override
    protected String landingPage() {
        return "/mail/admins.xhtml";
    }

    @Override
    protected String failureMessage() {
        return "mail.login.failed";
    }
}
