package jp.office050.mailaccounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressesTest {

    @ParameterizedTest
    @CsvSource({"Someone@Example.org, someone@example.org", "' a.b+c@mail.example.co.jp ', a.b+c@mail.example.co.jp"})
    void onePlainAddressIsAcceptedInItsNormalForm(String typed, String normal) {
        assertThat(MailAddresses.parse(typed)).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "someone",
                "someone@",
                "@example.org",
                "a@b@example.org",
                "someone@localhost",
                "Someone <someone@example.org>",
                "a@example.org, b@example.org",
                "a@example.org\r\nBcc: b@example.org",
                "a b@example.org",
                "\"quoted\"@example.org"
            })
    void anythingButOnePlainAddressIsRefused(String typed) {
        assertThat(MailAddresses.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {255, 400})
    void anOverlongAddressIsRefused(int length) {
        String address = "a".repeat(length - "@example.org".length()) + "@example.org";
        assertThat(MailAddresses.parse(address)).isEmpty();
    }
}
