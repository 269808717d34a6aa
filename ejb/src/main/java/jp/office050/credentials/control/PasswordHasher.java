package jp.office050.credentials.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.LongConsumer;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with a random salt. A hash carries its own parameters
 * ({@code pbkdf2-sha512$iterations$salt$hash}), so a rise of the default cost applies to each password at its next
 * successful login. No more hashes run at once than the gate lets through ({@link HashGate}; by default one per core).
 */
public class PasswordHasher {

    public static final int MINIMUM_ITERATIONS = 220_000;
    private static final String PREFIX = "pbkdf2-sha512";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;

    /** The salt of the decoy check: any will do, since its result is never used. */
    private static final byte[] DECOY_SALT = new byte[SALT_BYTES];

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final LongConsumer timing;
    private final HashGate gate;

    public PasswordHasher(int iterations) {
        this(iterations, Runtime.getRuntime().availableProcessors(), nanos -> {});
    }

    /**
     * @param atOnce how many hashes may run at once; the others wait their turn
     * @param timing told how many nanoseconds each hash took (its turn, not its wait)
     */
    public PasswordHasher(int iterations, int atOnce, LongConsumer timing) {
        this.timing = timing;
        this.gate = new HashGate(atOnce);
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 needs at least " + MINIMUM_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        var b64 = Base64.getEncoder().withoutPadding();
        return String.join(
                "$", PREFIX, Integer.toString(iterations), b64.encodeToString(salt), b64.encodeToString(key));
    }

    /** Whether the password is the one hashed; an account without a password (null) matches none, at the same cost. */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            matchDecoy(password);
            return false;
        }
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            var b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) { // bad number or Base64, empty salt, iterations < 1
            return false;
        }
    }

    /** Spends the same work as a real check, so that an unknown ID answers no faster than a known one. */
    public void matchDecoy(String password) {
        derive(password, DECOY_SALT, iterations);
    }

    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash.split("\\$");
        return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private byte[] derive(String password, byte[] salt, int iterations) {
        return gate.through(() -> {
            long started = System.nanoTime();
            try {
                return pbkdf2(password, salt, iterations);
            } finally {
                timing.accept(System.nanoTime() - started);
            }
        });
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
