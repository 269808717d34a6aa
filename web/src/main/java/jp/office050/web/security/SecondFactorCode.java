package jp.office050.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A code typed on the second-factor page (the authenticator's six digits or a recovery code). Whose code it is, is what
 * this session proved a moment ago ({@link PendingSecondFactor}), never what the page sent.
 */
public record SecondFactorCode(String code) implements Credential {

    @Override
    public String toString() {
        return "SecondFactorCode[…]";
    }
}
