package jp.office050.provisioning.boundary;

import java.time.Instant;
import jp.office050.administrators.entity.Administrator;
import jp.office050.credentials.entity.SecondFactor;

/**
 * A contract's administrator ID as the API shows it.
 *
 * @param password {@code temporary} (issued or re-issued, not yet changed) or {@code chosen}
 * @param initialPassword the issued password: only in the answer that issued it, never again
 * @param passwordExpiresAt until when an issued password works unused
 * @param secondFactor whether an authenticator app is enrolled as the ID's second factor
 */
public record AdministratorView(
        String adminId,
        String contractNumber,
        String password,
        Instant lockedUntil,
        Instant lastLogin,
        String initialPassword,
        Instant passwordExpiresAt,
        boolean secondFactor) {

    static AdministratorView of(Administrator admin, Instant now, String initialPassword, Instant expiresAt) {
        return new AdministratorView(
                admin.getAdminId(),
                admin.getContract().getNumber(),
                LineView.passwordState(admin.password()),
                admin.lockout().lockedUntil(now).orElse(null),
                admin.getLastLogin(),
                initialPassword,
                expiresAt,
                admin.secondFactor().map(SecondFactor::isEnrolled).orElse(false));
    }
}
