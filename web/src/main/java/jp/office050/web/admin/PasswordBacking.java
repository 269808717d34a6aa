package jp.office050.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.login.boundary.AdministratorPasswords;
import jp.office050.web.security.PasswordChangeForm;

/** パスワードの変更 of the administrator ID (at first, the opening guide's password for a chosen one). */
@Named("adminPasswordChange")
@RequestScoped
public class PasswordBacking extends PasswordChangeForm {

    @Inject
    AdministratorPasswords passwords;

    @Override
    public boolean isForced() {
        return passwords.mustChangePassword();
    }

    @Override
    protected void changeWith(String current, String chosen) {
        passwords.changePassword(current, chosen);
    }

    @Override
    protected String afterChange() {
        return "/admin/lines.xhtml";
    }

    @Override
    protected String whenLocked() {
        return "/?adminLocked=true";
    }

    @Override
    protected String sameAsIdKey() {
        return "admin.password.rejected.SAME_AS_ID";
    }
}
