package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.office050.credentials.control.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String NUMBER = "05011110001";
    private static final String LOGIN_ID = "u05011110001";

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<Violation> check(String password) {
        return policy.check(password, NUMBER, LOGIN_ID);
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource({
        "0, TOO_SHORT",
        "1, TOO_SHORT",
        "7, TOO_SHORT",
        "8, ",
        "9, ",
        "63, ",
        "64, ",
        "65, TOO_LONG",
        "200, TOO_LONG"
    })
    void lengthMustBeEightToSixtyFour(int length, Violation expected) {
        String password = "kq7Zm2pX".repeat(30).substring(0, length);

        assertThat(check(password)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "あいうえおかき, TOO_SHORT",
        "あいうえおかきく, ",
        "秘密の合言葉です, ",
        // U+20BB7 takes two UTF-16 chars: 4 of them are 8 chars but only 4 characters
        "𠮷𠮷𠮷𠮷, TOO_SHORT",
        "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷, "
    })
    void lengthCountsCharactersNotUtf16Units(String password, Violation expected) {
        assertThat(check(password)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void sixtyFourCharactersOutsideTheBasicPlaneAreNotTooLong() {
        String password = "𠮷".repeat(64);

        assertThat(password).hasSize(128);
        assertThat(check(password)).isEmpty();
        assertThat(check(password + "𠮷")).contains(Violation.TOO_LONG);
    }

    @Test
    void noPasswordIsRefused() {
        assertThat(check(null)).contains(Violation.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password123", "PASSWORD1", "P@ssw0rd", "iLoveYou", "Doraemon", "12345678"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(check(password)).contains(Violation.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Doraemon!", "my password"})
    void passwordsThatMerelyResembleCommonOnesAreAccepted(String password) {
        assertThat(check(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05011110001", "x05011110001!", "my-U05011110001", "U05011110001"})
    void aPasswordContainingTheNumberOrLoginIdIsRefused(String password) {
        assertThat(check(password)).contains(Violation.SAME_AS_ID);
    }

    @Test
    void identifiersAreComparedIgnoringCase() {
        assertThat(policy.check("A0000001pw", "a0000001")).contains(Violation.SAME_AS_ID);
        assertThat(policy.check("a0000001pw", "A0000001")).contains(Violation.SAME_AS_ID);
    }

    @Test
    void unknownIdentifiersAreIgnored() {
        assertThat(policy.check("kq7Zm2pX", (String) null)).isEmpty();
        assertThat(policy.check("kq7Zm2pX")).isEmpty();
        assertThat(policy.check("kq7Zm2pX", null, "kq7Zm")).contains(Violation.SAME_AS_ID);
    }

    @Test
    void aPasswordCloseToButNotContainingTheNumberIsAccepted() {
        assertThat(check("0501111000")).as("one digit short of the number").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Abcdef12\u0001\u0002xyz",
                "kq7Zm2pX\tkq7Z",
                "kq7Zm2pX\nkq7Z",
                "kq7Zm2pX\u007fZ",
                "kq7Zm2pX\u0085Z"
            })
    void aPasswordWithControlCharactersIsRefused(String password) {
        assertThat(check(password)).contains(Violation.CONTROL_CHARACTERS);
    }

    @Test
    void spacesAndJapaneseAreNotControlCharacters() {
        assertThat(check("correct horse 電池 staple")).isEmpty();
    }
}
