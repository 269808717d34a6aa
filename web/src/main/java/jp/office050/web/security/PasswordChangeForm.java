package jp.office050.web.security;

import jakarta.inject.Inject;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.credentials.control.PasswordRejectedException.Reason;
import org.omnifaces.util.Messages;

/**
 * The form of WEB-INF/includes/password-form.xhtml (current password, the new one twice), for a user's line or an
 * administrator ID: each page says whose password it changes, where to go after, and where a lock sends it.
 */
public abstract class PasswordChangeForm {

    @Inject
    Authenticator authenticator;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** Whether the caller signed in with a temporary password and may do nothing else. */
    public abstract boolean isForced();

    /** Asks the boundary; throws {@link PasswordRejectedException}. */
    protected abstract void changeWith(String current, String chosen);

    /** Where the caller goes after the change. */
    protected abstract String afterChange();

    /** Where a caller whose ID the wrong current passwords locked is sent, logged out. */
    protected abstract String whenLocked();

    /** The message for a password containing the caller's own identifiers. */
    protected abstract String sameAsIdKey();

    public void change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("password:confirmation", "password.mismatch");
            return;
        }
        try {
            changeWith(currentPassword, newPassword);
            authenticator.renewSession(); // a password was proved (and changed)
            Messages.addGlobalInfo("password.changed");
            authenticator.redirectKeepingMessages(afterChange());
        } catch (PasswordRejectedException rejected) {
            if (rejected.reason() == Reason.LOCKED) {
                logout();
                return;
            }
            String field =
                    rejected.reason() == Reason.WRONG_CURRENT_PASSWORD ? "password:current" : "password:newPassword";
            String key = rejected.reason() == Reason.SAME_AS_ID
                    ? sameAsIdKey()
                    : "password.rejected." + rejected.reason().name();
            Messages.addError(field, key);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    private void logout() {
        try {
            authenticator.logout(whenLocked());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
