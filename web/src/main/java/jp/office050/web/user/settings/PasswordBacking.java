package jp.office050.web.user.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.lines.boundary.MyLine;
import jp.office050.web.security.PasswordChangeForm;

/** パスワード変更 of the user's own line. */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking extends PasswordChangeForm {

    @Inject
    MyLine myLine;

    @Override
    public boolean isForced() {
        return myLine.mustChangePassword();
    }

    @Override
    protected void changeWith(String current, String chosen) {
        myLine.changePassword(current, chosen);
    }

    @Override
    protected String afterChange() {
        return "/user/settings/index.xhtml";
    }

    @Override
    protected String whenLocked() {
        return "/user/?locked=true";
    }

    @Override
    protected String sameAsIdKey() {
        return "password.rejected.SAME_AS_ID";
    }
}
