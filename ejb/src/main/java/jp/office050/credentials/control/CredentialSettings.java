package jp.office050.credentials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.platform.control.Meters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Password and lockout settings from MicroProfile Config (system properties, environment, …), safe defaults. */
@ApplicationScoped
public class CredentialSettings {

    @Inject
    @ConfigProperty(name = "office050.lockout.threshold", defaultValue = "5")
    int lockoutThreshold;

    @Inject
    @ConfigProperty(name = "office050.lockout.minutes", defaultValue = "30")
    long lockoutMinutes;

    @Inject
    @ConfigProperty(name = "office050.lockout.window-minutes", defaultValue = "30")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "office050.password.iterations", defaultValue = "220000")
    int iterations;

    @Inject
    @ConfigProperty(name = "office050.password.temporary-days", defaultValue = "7")
    long temporaryDays;

    /** How many password hashes may run at once; 0: one per core the JVM may use. */
    @Inject
    @ConfigProperty(name = "office050.password.concurrent-hashes", defaultValue = "0")
    int concurrentHashes;

    @Inject
    Meters meters;

    @Produces
    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(
                lockoutThreshold, Duration.ofMinutes(lockoutMinutes), Duration.ofMinutes(windowMinutes));
    }

    @Produces
    TemporaryPasswords temporaryPasswords() {
        return new TemporaryPasswords(Duration.ofDays(temporaryDays));
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(
                Math.max(iterations, PasswordHasher.MINIMUM_ITERATIONS),
                concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors(),
                meters::passwordHashed);
    }

    @Produces
    @Singleton
    PasswordGenerator passwordGenerator() {
        return new PasswordGenerator();
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }
}
