package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    private static final String LOOK_ALIKES = "0O1lI";
    private static final int SAMPLES = 2_000;

    private static List<String> passwords;

    @BeforeAll
    static void generate() {
        var generator = new PasswordGenerator();
        passwords =
                IntStream.range(0, SAMPLES).mapToObj(i -> generator.generate()).toList();
    }

    /** Letters and digits a person can read back without confusion: all of A-Z, a-z, 0-9 but 0 O 1 l I. */
    private static Set<Character> readableCharacters() {
        return IntStream.rangeClosed(0, 127)
                .filter(Character::isLetterOrDigit)
                .mapToObj(c -> (char) c)
                .filter(c -> LOOK_ALIKES.indexOf(c) < 0)
                .collect(Collectors.toSet());
    }

    @Test
    void everyPasswordHasTwelveCharacters() {
        assertThat(passwords).allSatisfy(p -> assertThat(p).hasSize(12));
    }

    @Test
    void noPasswordContainsALookAlike() {
        assertThat(passwords)
                .allSatisfy(p -> assertThat(p)
                        .doesNotContainAnyWhitespaces()
                        .matches("[A-Za-z2-9]{12}")
                        .doesNotContain("0", "O", "1", "l", "I"));
    }

    @Test
    void passwordsAreDistinct() {
        assertThat(new HashSet<>(passwords)).hasSize(SAMPLES);
    }

    @Test
    void passwordsUseExactlyTheReadableLettersAndDigits() {
        Set<Character> used = passwords.stream()
                .flatMapToInt(String::chars)
                .mapToObj(c -> (char) c)
                .collect(Collectors.toSet());

        assertThat(readableCharacters()).hasSize(57);
        assertThat(used).isEqualTo(readableCharacters());
    }
}
