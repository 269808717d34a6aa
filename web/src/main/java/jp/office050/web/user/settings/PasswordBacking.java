package jp.office050.web.user.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.lines.boundary.MyLine;
import jp.office050.web.security.Authenticator;
import org.omnifaces.util.Messages;

/** パスワード変更: current password, the new one twice. */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

    @Inject
    MyLine myLine;

    @Inject
    Authenticator authenticator;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isForced() {
        return myLine.mustChangePassword();
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("password:confirmation", "password.mismatch");
            return;
        }
        try {
            myLine.changePassword(currentPassword, newPassword);
            authenticator.renewSession(); // a password was proved (and changed)
            Messages.addGlobalInfo("password.changed");
            authenticator.redirectKeepingMessages("/user/settings/index.xhtml");
        } catch (PasswordRejectedException rejected) {
            if (rejected.reason() == PasswordRejectedException.Reason.LOCKED) {
                authenticator.logout("/user/?locked=true");
                return;
            }
            String field = rejected.reason() == PasswordRejectedException.Reason.WRONG_CURRENT_PASSWORD
                    ? "password:current"
                    : "password:newPassword";
            Messages.addError(field, "password.rejected." + rejected.reason().name());
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
