package jp.office050.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.credentials.control.PasswordHasher;
import org.junit.jupiter.api.Test;

/** The demo passwords' stored hashes are theirs: the README's demo logins work without hashing at start. */
class DemoPasswordsTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

    @Test
    void eachStoredHashMatchesItsPasswordAndNoOther() {
        var stored = DemoPasswords.stored();
        assertThat(stored.stringPropertyNames())
                .contains("demo-admin-1", "demo-admin-2", "demo-admin-3", "demo-user-1", "demo-user-2", "demo-user-3")
                .contains("demo-multi-1", "demo-mail-1", "demo-mail-2", "demo-master-1");

        for (String password : stored.stringPropertyNames()) {
            String hash = stored.getProperty(password);
            assertThat(hasher.matches(password, hash)).as(password).isTrue();
            assertThat(hasher.needsRehash(hash))
                    .as(password + " at today's cost")
                    .isFalse();
        }
        assertThat(hasher.matches("demo-admin-2", stored.getProperty("demo-admin-1")))
                .as("another demo password")
                .isFalse();
    }

    @Test
    void aPasswordWithoutStoredHashIsHashedAsAnyOther() {
        var passwords = new DemoPasswords(password -> "hashed:" + password);

        assertThat(passwords.hash("not-a-demo-password")).isEqualTo("hashed:not-a-demo-password");
        assertThat(passwords.hash("demo-user-1")).startsWith("pbkdf2-sha512$220000$");
    }
}
