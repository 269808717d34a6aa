package jp.office050.credentials.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.credentials.control.PasswordChecks.Check;
import jp.office050.credentials.control.PasswordChecks.Verdict;
import jp.office050.credentials.control.PasswordRejectedException.Reason;
import jp.office050.credentials.entity.Account;

/**
 * パスワードの変更 of an account by its owner (a line's user, an administrator ID): the new password must keep the
 * policy (not containing {@code ownIdentifiers}), and the current one is checked like a login, so that a wrong one
 * counts against the account's lockout and the one that locks it (or any attempt while it is locked) is refused with
 * {@link Reason#LOCKED}, after which the caller's session must end. The slow hashes run while no row is locked. The
 * caller audits the success; a refusal of the current password is audited here.
 */
@Dependent
public class PasswordChanges {

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordChecks checks;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    /**
     * @param realm where the account signs in ({@code user}, {@code admin}), for the lockout of its identifier
     * @param identifier the identifier it signs in with
     * @param actor the principal asking, for the audit trail
     */
    public <T extends Account> void change(
            T account,
            String realm,
            String identifier,
            String actor,
            String currentPassword,
            String newPassword,
            String... ownIdentifiers) {
        if (!Identifiers.acceptablePassword(currentPassword)) {
            throw new PasswordRejectedException(Reason.WRONG_CURRENT_PASSWORD);
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRejectedException(Reason.SAME_AS_CURRENT);
        }
        policy.check(newPassword, ownIdentifiers).ifPresent(violation -> {
            throw new PasswordRejectedException(Reason.of(violation));
        });
        Check check = checks.check(Claim.of(realm, identifier, Optional.of(account)), currentPassword);
        if (check.verdict() != Verdict.RIGHT && check.verdict() != Verdict.EXPIRED) {
            audit.record(AuditEvent.of(
                            actor,
                            Action.PASSWORD_CHANGE,
                            account.auditName(),
                            check.verdict().outcome())
                    .detail(check.detail()));
            boolean locked = check.verdict() == Verdict.LOCKED || check.verdict() == Verdict.WRONG_NOW_LOCKED;
            throw new PasswordRejectedException(locked ? Reason.LOCKED : Reason.WRONG_CURRENT_PASSWORD);
        }
        String newHash = hasher.hash(newPassword);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) account.getClass();
        attempts.proved(type, account.getId(), proved -> proved.choosePassword(newHash));
    }
}
