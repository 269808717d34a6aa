package jp.office050.credentials.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA512 (RFC 8018, HMAC of RFC 2104) for one block of output: the key that the JDK's
 * {@code PBKDF2WithHmacSHA512} derives with a 512-bit key length, bit for bit (the password as UTF-8, as the JDK
 * encodes it), on the JDK's own SHA-512 and its intrinsic. Why not that {@code SecretKeyFactory}: its HMAC returns a
 * new array at every one of the 220,000 iterations, some 17.6 MB of garbage per hash, and inside the server that
 * garbage cost a young collection (3–4 ms) per login. This loop writes each digest into arrays it reuses and allocates
 * nothing per iteration. {@code Pbkdf2Test} compares it with the JDK's for many passwords, salts and counts.
 */
final class Pbkdf2 {

    /** The output: one SHA-512 block, 64 bytes. */
    static final int KEY_BYTES = 64;

    private static final int BLOCK_BYTES = 128;
    private static final byte IPAD = 0x36;
    private static final byte OPAD = 0x5c;
    private static final byte[] FIRST_BLOCK_INDEX = {0, 0, 0, 1};

    private Pbkdf2() {}

    /**
     * @throws IllegalArgumentException when the salt is empty or the iterations fewer than one (as the JDK's
     *     {@code PBEKeySpec})
     */
    static byte[] hmacSha512(char[] password, byte[] salt, int iterations) {
        if (salt.length == 0 || iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs a salt and at least one iteration");
        }
        MessageDigest sha512 = sha512();
        byte[] secret = utf8(password);
        byte[] inner = new byte[BLOCK_BYTES];
        byte[] outer = new byte[BLOCK_BYTES];
        byte[] u = new byte[KEY_BYTES];
        byte[] innerDigest = new byte[KEY_BYTES];
        byte[] key = new byte[KEY_BYTES];
        try {
            byte[] hmacKey = secret.length > BLOCK_BYTES ? sha512.digest(secret) : secret;
            Arrays.fill(inner, IPAD);
            Arrays.fill(outer, OPAD);
            for (int i = 0; i < hmacKey.length; i++) {
                inner[i] ^= hmacKey[i];
                outer[i] ^= hmacKey[i];
            }
            Arrays.fill(hmacKey, (byte) 0);
            // U1 = HMAC(password, salt || INT(1)); Uj = HMAC(password, Uj-1); the key is U1 ^ U2 ^ ... ^ Uc
            sha512.update(inner);
            sha512.update(salt);
            sha512.update(FIRST_BLOCK_INDEX);
            finish(sha512, outer, innerDigest, u);
            System.arraycopy(u, 0, key, 0, KEY_BYTES);
            for (int j = 1; j < iterations; j++) {
                sha512.update(inner);
                sha512.update(u);
                finish(sha512, outer, innerDigest, u);
                for (int k = 0; k < KEY_BYTES; k++) {
                    key[k] ^= u[k];
                }
            }
            return key;
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(inner, (byte) 0);
            Arrays.fill(outer, (byte) 0);
            Arrays.fill(u, (byte) 0);
            Arrays.fill(innerDigest, (byte) 0);
        }
    }

    /** Ends the inner hash already fed, into {@code innerDigest}, and writes the HMAC, the outer hash, into {@code mac}. */
    private static void finish(MessageDigest sha512, byte[] outer, byte[] innerDigest, byte[] mac) {
        try {
            sha512.digest(innerDigest, 0, KEY_BYTES);
            sha512.update(outer);
            sha512.update(innerDigest);
            sha512.digest(mac, 0, KEY_BYTES);
        } catch (DigestException impossible) { // the arrays hold a whole digest
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is not available", e);
        }
    }
}
