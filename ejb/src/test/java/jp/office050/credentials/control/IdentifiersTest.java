package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"A0000001", "u05011110001", "kanri@isp.example", "山田@例え.jp", "MX 0001"})
    void ordinaryIdentifiersAreAccepted(String identifier) {
        assertThat(Identifiers.acceptable(identifier)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "A000\n0001", "admin\r\nforged", "tab\there", "zero\u200bwidth", "nul\u0000", "bidi\u202e"})
    void emptyAndControlOrFormatCharactersAreRefused(String identifier) {
        assertThat(Identifiers.acceptable(identifier)).isFalse();
    }

    @Test
    void identifiersEndAt254Characters() {
        assertThat(Identifiers.acceptable("a".repeat(254))).isTrue();
        assertThat(Identifiers.acceptable("a".repeat(255))).isFalse();
        assertThat(Identifiers.acceptable(null)).isFalse();
    }

    @Test
    void passwordsEndAtTheLongestThePolicyAllowsCountedInCharactersNotUnits() {
        assertThat(Identifiers.acceptablePassword("p".repeat(64))).isTrue();
        assertThat(Identifiers.acceptablePassword("p".repeat(65))).isFalse();
        assertThat(Identifiers.acceptablePassword("😀".repeat(64))).isTrue();
        assertThat(Identifiers.acceptablePassword("")).isFalse();
        assertThat(Identifiers.acceptablePassword(null)).isFalse();
    }
}
