package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(LogText.of("user:u05011110001 USER_LOGIN 山田")).isEqualTo("user:u05011110001 USER_LOGIN 山田");
    }

    @Test
    void lineBreaksAndOtherInvisibleCharactersCannotStartAForgedLine() {
        String escaped = LogText.of("x\r\n2026-12-02 audit admin:A0000001 ADMIN_LOGIN SUCCEEDED\u2028\u0000\u202e\t");

        assertThat(escaped)
                .doesNotContain("\n", "\r", "\u2028", "\u0000", "\u202e", "\t")
                .isEqualTo("x\\r\\n2026-12-02 audit admin:A0000001 ADMIN_LOGIN SUCCEEDED\\u2028\\u0000\\u202e\\t");
    }

    @Test
    void aBackslashIsEscapedSoThatAnEscapeCannotBeFaked() {
        assertThat(LogText.of("a\\nb")).isEqualTo("a\\\\nb");
        assertThat(LogText.of(null)).isEqualTo("null");
    }
}
