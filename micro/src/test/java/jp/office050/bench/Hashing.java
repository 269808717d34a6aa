package jp.office050.bench;

import static jp.office050.bench.PortalBenchmark.USER_PASSWORD;

import java.util.concurrent.TimeUnit;
import jp.office050.credentials.control.PasswordHasher;

/** The raw PBKDF2 rate of {@link PasswordHasher} in this JVM: the yardstick of the login rates. */
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
}
