package jp.office050.notices.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import jp.office050.notices.control.NoticeMails.Kind;
import org.junit.jupiter.api.Test;

class NoticeMailsTest {

    private final NoticeMails mails = new NoticeMails();

    {
        mails.provider = "OCN";
    }

    @Test
    void everyKindHasItsTextInJapaneseAndInEnglish() {
        for (Kind kind : Kind.values()) {
            var ja = mails.mail("u@example.jp", "ja", kind, "u05011110001", Instant.parse("2026-12-02T03:00:00Z"));
            var en = mails.mail("u@example.jp", "en", kind, "u05011110001", Instant.parse("2026-12-02T03:00:00Z"));

            assertThat(ja.subject()).startsWith("【オフィス050】");
            assertThat(en.subject()).startsWith("[Office 050]");
            assertThat(ja.body()).contains("u05011110001", "OCN");
            assertThat(en.body()).contains("u05011110001", "OCN").doesNotContain("ログイン");
        }
    }

    @Test
    void timesAreInJapanTime() {
        var mail = mails.mail("u@example.jp", "ja", Kind.LOCK_RELEASED, "u1", Instant.parse("2026-12-02T15:30:00Z"));

        assertThat(mail.body()).contains("2026/12/03 00:30");
    }

    @Test
    void onlyEnglishPagesGetEnglish() {
        assertThat(NoticeMails.languageOf(Locale.ENGLISH)).isEqualTo("en");
        assertThat(NoticeMails.languageOf(Locale.JAPANESE)).isEqualTo("ja");
        assertThat(NoticeMails.languageOf(Locale.FRENCH)).isEqualTo("ja");
        assertThat(NoticeMails.languageOf(null)).isEqualTo("ja");
    }
}
