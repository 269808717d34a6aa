package jp.office050.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for what the database keeps but must not show to whoever reads it (a kept answer holding an initial
 * password, an authenticator's shared secret). Each purpose has a key of its own, a portal secret shared by every
 * instance of a cluster.
 */
@ApplicationScoped
public class Sealing {

    /** What is sealed, and so under which key. */
    public enum Purpose {
        API_ANSWERS("api-answers"),
        SECOND_FACTOR("second-factor");

        private final String secret;

        Purpose(String secret) {
            this.secret = secret;
        }
    }

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSecrets secrets;

    public String seal(Purpose purpose, String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(purpose), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(Purpose purpose, String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(purpose), new GCMParameterSpec(128, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key(Purpose purpose) {
        return new SecretKeySpec(secrets.get(purpose.secret), "AES");
    }
}
