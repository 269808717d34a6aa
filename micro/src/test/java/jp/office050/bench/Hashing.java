package jp.office050.bench;

import static jp.office050.bench.PortalBenchmark.USER_PASSWORD;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.office050.credentials.control.PasswordHasher;

/**
 * The raw PBKDF2 rate of {@link PasswordHasher} in this JVM: the yardstick of the login rates; and, beside it, that of
 * the JDK's own {@code PBKDF2WithHmacSHA512} for the same password and count, so that the yardstick can be compared
 * with the JDK's hash (ours is the quicker: the ratios are the stricter for it).
 */
final class Hashing {

    private final PasswordHasher hasher = new PasswordHasher(PortalBenchmark.ITERATIONS);
    private final Harness harness;
    private final Settings settings;

    Hashing(Harness harness, Settings settings) {
        this.harness = harness;
        this.settings = settings;
    }

    /** Lets the JIT compile the PBKDF2 loop before it is timed (bounded: 3 s or 12 hashes). */
    void warmUp() {
        Progress.print("PBKDF2 warm-up");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (int i = 0; i < 12 && System.nanoTime() < deadline; i++) {
            hasher.hash(USER_PASSWORD);
        }
    }

    Series measure(int threads) {
        String stored = hasher.hash(USER_PASSWORD);
        Progress.print("PBKDF2, " + threads + " thread(s)");
        return harness.concurrently(
                "PBKDF2",
                threads,
                settings.hashSeconds(),
                settings.maxHashes(),
                client -> () -> hasher.matches(USER_PASSWORD, stored) ? null : "PasswordHasher.matches returned false");
    }

    /** The JDK's SecretKeyFactory, one derivation = one hash, each key checked against the first. */
    Series measureJdk(int threads) {
        byte[] salt = new byte[16];
        Arrays.fill(salt, (byte) 7);
        byte[] expected = jdk(salt);
        Progress.print("the JDK's PBKDF2WithHmacSHA512, " + threads + " thread(s)");
        return harness.concurrently(
                "JDK PBKDF2",
                threads,
                settings.hashSeconds(),
                settings.maxHashes(),
                client -> () -> Arrays.equals(jdk(salt), expected) ? null : "the JDK's PBKDF2 gave another key");
    }

    private static byte[] jdk(byte[] salt) {
        var spec = new PBEKeySpec(USER_PASSWORD.toCharArray(), salt, PortalBenchmark.ITERATIONS, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
