package jp.office050.credentials.control;

import java.util.Optional;
import jp.office050.credentials.entity.Account;

/**
 * Whom a password is tried for: an account the portal keeps, or an identifier it does not know, which is counted
 * and locked all the same (under a keyed hash of {@code realm} and {@code identifier}).
 *
 * @param realm where the identifier was typed: {@code admin}, {@code user} or {@code mail}; the same identifier in
 *     two realms is two identifiers
 * @param identifier the identifier as the boundary normalised it
 * @param type the account's entity class; null when the identifier is unknown
 * @param accountId the account's id; null when the identifier is unknown
 */
public record Claim(String realm, String identifier, Class<? extends Account> type, Long accountId) {

    public static Claim unknown(String realm, String identifier) {
        return new Claim(realm, identifier, null, null);
    }

    public static Claim of(String realm, String identifier, Optional<? extends Account> account) {
        return account.<Claim>map(a -> new Claim(realm, identifier, a.getClass(), a.getId()))
                .orElseGet(() -> unknown(realm, identifier));
    }

    public boolean known() {
        return accountId != null;
    }
}
