package jp.office050.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.login.boundary.AdministratorPasswords;
import jp.office050.web.security.Authenticator;
import org.omnifaces.util.Messages;

/** パスワードの変更 of the administrator ID: current password (at first the opening guide's), the new one twice. */
@Named("adminPasswordChange")
@RequestScoped
public class PasswordBacking {

    @Inject
    AdministratorPasswords passwords;

    @Inject
    Authenticator authenticator;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isForced() {
        return passwords.mustChangePassword();
    }

    public void change() throws java.io.IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("password:confirmation", "password.mismatch");
            return;
        }
        try {
            passwords.changePassword(currentPassword, newPassword);
            authenticator.renewSession(); // a password was proved (and changed)
            Messages.addGlobalInfo("password.changed");
            authenticator.redirectKeepingMessages("/admin/lines.xhtml");
        } catch (PasswordRejectedException rejected) {
            if (rejected.reason() == PasswordRejectedException.Reason.LOCKED) {
                authenticator.logout("/?adminLocked=true");
                return;
            }
            String field = rejected.reason() == PasswordRejectedException.Reason.WRONG_CURRENT_PASSWORD
                    ? "password:current"
                    : "password:newPassword";
            String key = rejected.reason() == PasswordRejectedException.Reason.SAME_AS_ID
                    ? "admin.password.rejected.SAME_AS_ID"
                    : "password.rejected." + rejected.reason().name();
            Messages.addError(field, key);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
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
