package jp.office050.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"05012345678", "05000000000", "05099999999"})
    void elevenDigitsStartingWith050AreA050Number(String number) {
        assertThat(PhoneNumbers.isFifty(number)).isTrue();
        assertThat(PhoneNumbers.requireFifty(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0501234567", // 10 digits
                "050123456789", // 12 digits
                "09012345678", // mobile
                "0312345678", // fixed line
                "050-1234-5678",
                "050 1234 5678",
                " 05012345678",
                "05012345678 ",
                "+815012345678",
                "０５０１２３４５６７８", // full-width digits
                "0501234567a"
            })
    void anythingElseIsNot(String number) {
        assertThat(PhoneNumbers.isFifty(number)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PhoneNumbers.requireFifty(number))
                .withMessageContaining("not an 050 number");
    }
}
