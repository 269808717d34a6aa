package jp.office050.provisioning.control;

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
import jp.office050.platform.control.PortalSecrets;

/**
 * AES-256-GCM for what the database keeps but must not show to whoever reads it (a kept answer holding an initial
 * password). The key is a portal secret, shared by every instance of a cluster.
 */
@ApplicationScoped
public class Sealing {

    private static final String SECRET = "api-answers";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSecrets secrets;

    public String seal(String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
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

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        return new SecretKeySpec(secrets.get(SECRET), "AES");
    }
}
