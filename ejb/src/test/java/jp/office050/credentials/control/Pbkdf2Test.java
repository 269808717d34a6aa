package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our PBKDF2 loop derives the key the JDK's {@code PBKDF2WithHmacSHA512} derives, so every stored hash still matches. */
class Pbkdf2Test {

    static Stream<Arguments> passwordsSaltsAndCounts() {
        Random random = new Random(20261203);
        return Stream.of(
                Arguments.of("demo-user-1", salt(random, 16), 1),
                Arguments.of("demo-user-1", salt(random, 16), 2),
                Arguments.of("correct horse battery", salt(random, 16), 1_000),
                Arguments.of("パスワードは秘密です", salt(random, 16), 777),
                Arguments.of("x", salt(random, 1), 3),
                Arguments.of("a".repeat(128), salt(random, 16), 5), // a key of exactly one block
                Arguments.of("b".repeat(129), salt(random, 16), 5), // longer: hashed first
                Arguments.of("日本語".repeat(50), salt(random, 64), 9), // 450 bytes of UTF-8
                Arguments.of("\uD83D\uDE00 emoji and a lone surrogate \uD800", salt(random, 200), 4));
    }

    @ParameterizedTest
    @MethodSource("passwordsSaltsAndCounts")
    void derivesWhatTheJdkDerives(String password, byte[] salt, int iterations) throws GeneralSecurityException {
        byte[] ours = Pbkdf2.hmacSha512(password.toCharArray(), salt, iterations);

        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(HexFormat.of().formatHex(jdk(password, salt, iterations)));
    }

    @Test
    void matchesThePublishedTestVector() {
        // PBKDF2-HMAC-SHA512, P = "password", S = "salt", c = 2, dkLen = 64 (the RFC 6070 inputs, as published for
        // SHA-512 alongside them)
        byte[] key = Pbkdf2.hmacSha512("password".toCharArray(), "salt".getBytes(), 2);

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53c"
                        + "f76cab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e");
    }

    @Test
    void aPasswordThatDiffersInOneCharacterGivesAnotherKey() {
        byte[] salt = salt(new Random(1), 16);

        assertThat(Pbkdf2.hmacSha512("secret-1".toCharArray(), salt, 10))
                .isNotEqualTo(Pbkdf2.hmacSha512("secret-2".toCharArray(), salt, 10));
    }

    @Test
    void anEmptySaltOrFewerThanOneIterationIsRefusedAsTheJdkRefusesIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pbkdf2.hmacSha512("p".toCharArray(), new byte[0], 10));
        assertThatIllegalArgumentException().isThrownBy(() -> Pbkdf2.hmacSha512("p".toCharArray(), new byte[16], 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PBEKeySpec("p".toCharArray(), new byte[0], 10, 512));
        assertThatIllegalArgumentException().isThrownBy(() -> new PBEKeySpec("p".toCharArray(), new byte[16], 0, 512));
    }

    private static byte[] jdk(String password, byte[] salt, int iterations) throws GeneralSecurityException {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(spec)
                .getEncoded();
    }

    private static byte[] salt(Random random, int length) {
        byte[] salt = new byte[length];
        random.nextBytes(salt);
        return salt;
    }
}
