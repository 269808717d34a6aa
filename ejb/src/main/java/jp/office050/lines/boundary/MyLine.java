package jp.office050.lines.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jp.office050.access.control.Caller;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.credentials.control.PasswordChanges;
import jp.office050.credentials.control.PasswordRejectedException.Reason;
import jp.office050.lines.control.LineAccess;
import jp.office050.lines.entity.Line;

/** The signed-in user's own line on the user settings site. */
@Stateless
public class MyLine {

    @Inject
    LineAccess access;

    @Inject
    PasswordChanges passwords;

    /** Whether the user signed in with a temporary password and must choose one before anything else. */
    public boolean mustChangePassword() {
        return access.own(LockModeType.NONE).password().isTemporary();
    }

    /**
     * パスワードの変更. The current password is checked like a login: a wrong one counts against the line's lockout,
     * and the one that locks it (or any attempt while it is locked) is refused with {@link Reason#LOCKED}, after which
     * the caller's session must end. The slow hashes run while no row is locked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(String currentPassword, String newPassword) {
        Line line = access.own(LockModeType.NONE);
        passwords.change(
                line,
                "user",
                line.getLoginId(),
                Caller.user(line.getLoginId()).principalName(),
                currentPassword,
                newPassword,
                line.getNumber(),
                line.getLoginId());
        access.succeeded(line, Action.PASSWORD_CHANGE, null);
    }
}
