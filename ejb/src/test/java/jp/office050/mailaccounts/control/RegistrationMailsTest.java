package jp.office050.mailaccounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.office050.platform.control.OutgoingMail;
import org.junit.jupiter.api.Test;

class RegistrationMailsTest {

    private final RegistrationMails mails = new RegistrationMails();

    {
        mails.provider = "OCN";
    }

    @Test
    void theLinkMailCarriesTheLinkAndItsValidityInJapaneseByDefault() {
        OutgoingMail mail = mails.link(
                "someone@example.org", "https://portal/oa/mypage/verify.xhtml?token=abc", 24, Locale.JAPANESE);

        assertThat(mail.to()).isEqualTo("someone@example.org");
        assertThat(mail.subject()).startsWith("[OCN]").contains("利用登録");
        assertThat(mail.body()).contains("https://portal/oa/mypage/verify.xhtml?token=abc", "24時間", "1回だけ");
    }

    @Test
    void aPageInEnglishGetsTheMailInEnglish() {
        OutgoingMail mail = mails.link("someone@example.org", "https://portal/oa/x", 24, Locale.ENGLISH);

        assertThat(mail.body()).contains("expires in 24 hours").doesNotContain("時間");
    }

    @Test
    void anIspAddressIsToldItNeedsNoRegistrationAndGetsNoLink() {
        OutgoingMail mail = mails.ispAddress("kanri@isp.example", "https://portal/oa/mail/", Locale.JAPANESE);

        assertThat(mail.body())
                .contains("OCNメールのアドレスのため", "https://portal/oa/mail/")
                .doesNotContain("token");
    }

    @Test
    void aRegisteredAddressIsPointedToTheLogin() {
        OutgoingMail mail = mails.alreadyRegistered("someone@example.org", "https://portal/oa/mail/", Locale.JAPANESE);

        assertThat(mail.body()).contains("すでに利用登録されています", "https://portal/oa/mail/");
    }
}
