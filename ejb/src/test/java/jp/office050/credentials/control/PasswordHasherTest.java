package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each PBKDF2 computation costs a noticeable fraction of a second, so the hashes are computed once and shared: this
 * class runs fifteen of them in all.
 */
class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";

    private static PasswordHasher hasher;
    private static String first;
    private static String second;

    @BeforeAll
    static void hashTwice() {
        hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS); // 1
        first = hasher.hash(PASSWORD); // 2
        second = hasher.hash(PASSWORD); // 3
    }

    @Test
    void aHashCarriesAlgorithmIterationsSaltAndKey() {
        String[] parts = first.split("\\$", -1);

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
        assertThat(parts[1]).isEqualTo("220000");
        assertThat(Base64.getDecoder().decode(parts[2])).as("salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).as("key").hasSize(64);
        assertThat(first).doesNotContain(PASSWORD).doesNotContain("=");
    }

    @Test
    void theSamePasswordHashedTwiceGivesDifferentHashesThatBothMatch() {
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).as("salt").isNotEqualTo(second.split("\\$")[2]);

        assertThat(hasher.matches(PASSWORD, first)).isTrue(); // 4
        assertThat(hasher.matches(PASSWORD, second)).isTrue(); // 5
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertThat(hasher.matches("correct horse batterY", first)).isFalse(); // 6
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a hash",
                "correct horse battery",
                "pbkdf2-sha512$220000$c2FsdHNhbHRzYWx0c2FsdA",
                "pbkdf2-sha512$220000$c2FsdHNhbHRzYWx0c2FsdA$a2V5$extra",
                "bcrypt$220000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$many$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$-5$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$220000$not*base64!$a2V5a2V5a2V5",
                "pbkdf2-sha512$220000$c2FsdHNhbHRzYWx0c2FsdA$not*base64!",
                "pbkdf2-sha512$220000$$a2V5a2V5a2V5"
            })
    void aMalformedStoredHashMatchesNothing(String stored) {
        assertThat(hasher.matches(PASSWORD, stored)).isFalse();
    }

    @Test
    void aHashKeepsItsOwnIterationsSoARaisedCostStillAcceptsOldAndNewHashes() {
        var stronger = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS + 10_000); // 7
        String strong = stronger.hash(PASSWORD); // 8

        assertThat(strong.split("\\$")[1]).isEqualTo("230000");
        assertThat(stronger.matches(PASSWORD, first)).as("old hash, new cost").isTrue(); // 9
        assertThat(hasher.matches(PASSWORD, strong)).as("new hash, old cost").isTrue(); // 10

        assertThat(stronger.needsRehash(first))
                .as("fewer iterations than current")
                .isTrue();
        assertThat(stronger.needsRehash(strong)).isFalse();
        assertThat(hasher.needsRehash(strong))
                .as("more iterations than current")
                .isFalse();
    }

    @Test
    void aHashWithTheCurrentIterationsNeedsNoRehash() {
        assertThat(hasher.needsRehash(first)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pbkdf2-sha512$219999$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "sha1$300000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5",
                "legacy"
            })
    void aWeakerOrForeignHashNeedsRehash(String stored) {
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void anAccountWithoutPasswordMatchesNothingAtTheCostOfOneHashAndMakingAHasherCostsNone() {
        var hashes = new java.util.concurrent.atomic.AtomicInteger();
        var counted = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS, 1, nanos -> hashes.incrementAndGet());
        assertThat(hashes).as("hashes made by the constructor").hasValue(0);

        assertThat(counted.matches(PASSWORD, null)).isFalse(); // 14
        counted.matchDecoy(PASSWORD); // 15

        assertThat(hashes).as("one hash for each check").hasValue(2);
    }

    @Test
    void aPasswordInJapaneseMatchesOnlyItself() {
        String stored = hasher.hash("パスワードは秘密です"); // 11

        assertThat(hasher.matches("パスワードは秘密です", stored)).isTrue(); // 12
        assertThat(hasher.matches("パスワードは秘密でず", stored)).isFalse(); // 13
    }

    @Test
    void fewerThanTheMinimumIterationsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS - 1))
                .withMessageContaining("220000");
        assertThat(PasswordHasher.MINIMUM_ITERATIONS).isEqualTo(220_000);
    }
}
