package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class UnknownIdentifiersTest {

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Test
    void theSameIdentifierInTheSameRealmAlwaysHasTheSameKeyOf64HexDigits() {
        String first = UnknownIdentifiers.key(key("secret"), "admin", "NOSUCH");

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(UnknownIdentifiers.key(key("secret"), "admin", "NOSUCH"));
    }

    @Test
    void realmsSecretsAndIdentifiersAllChangeTheKey() {
        String key = UnknownIdentifiers.key(key("secret"), "admin", "NOSUCH");

        assertThat(UnknownIdentifiers.key(key("secret"), "user", "NOSUCH")).isNotEqualTo(key);
        assertThat(UnknownIdentifiers.key(key("other"), "admin", "NOSUCH")).isNotEqualTo(key);
        assertThat(UnknownIdentifiers.key(key("secret"), "admin", "NOSUCH2")).isNotEqualTo(key);
        assertThat(UnknownIdentifiers.key(key("secret"), "adminN", "OSUCH")).isNotEqualTo(key);
    }

    @Test
    void theKeyDoesNotContainTheIdentifier() {
        assertThat(UnknownIdentifiers.key(key("secret"), "mail", "someone@example.org"))
                .doesNotContain("someone");
    }
}
