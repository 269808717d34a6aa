package jp.office050.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerIdTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "0312345678, null, 0312345678",
                "+81312345678, none, +81312345678",
                "090-1234-5678, '', 09012345678",
                "05011110001, 'none', 05011110001",
            })
    void aCallerWithANumberIsNotWithheld(String caller, String privacy, String number) {
        var id = CallerId.of(caller, privacy);
        assertThat(id.withheld()).isFalse();
        assertThat(id.number()).contains(number);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "anonymous, null",
                "Anonymous, null",
                "unavailable, null",
                "null, null",
                "'', null",
                "abc, null",
                "12, null",
                "0312345678, id",
                "0312345678, 'header;id'",
                "0312345678, 'user, critical'",
                "0312345678, ID",
            })
    void anonymousNoNumberOrAskedPrivacyIsWithheld(String caller, String privacy) {
        assertThat(CallerId.of(caller, privacy).withheld()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void oversizedInputIsNotTrusted() {
        assertThat(CallerId.of("0".repeat(200), null).withheld()).isTrue();
        assertThat(CallerId.of("0312345678", "none;".repeat(40)).withheld()).isTrue();
    }
}
