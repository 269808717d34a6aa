package jp.office050.credentials.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.office050.platform.control.PortalSecrets;

/**
 * The key an unknown identifier's failures are kept under: HMAC-SHA-256 of its realm and normalised text, with a
 * secret every instance of the portal shares (made at the first start, kept in the database). The identifier itself
 * is never stored, and without the secret the keys cannot be tried against a list of guesses.
 */
@ApplicationScoped
public class UnknownIdentifiers {

    static final String SECRET = "unknown-identifier-key";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    PortalSecrets secrets;

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        key = new SecretKeySpec(secrets.get(SECRET), ALGORITHM);
    }

    public String key(String realm, String identifier) {
        return key(key, realm, identifier);
    }

    static String key(SecretKeySpec key, String realm, String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(realm.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
