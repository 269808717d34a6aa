package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * My Page registration of an external address, end to end through the mail a real SMTP server (GreenMail)
 * received: the one-time link, the password, the first login. The page never tells whether an address exists.
 */
abstract class RegistrationTests extends PortalTests {

    static final String SENT = "入力されたメールアドレスあてに、ご案内のメールを送りました。";
    static final String PASSWORD = "a long chosen passphrase";

    @Test
    void aRegistrationMailLinkSetsThePasswordOnceAndTheAddressCanLogIn() {
        String address = newAddress();
        assertThat(request(address).body()).contains(SENT);

        List<String> mails = TestMailbox.mailsTo(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("メールアドレスの利用登録", "24時間");
        String link = TestMailbox.linkIn(mails.get(0));

        var visitor = new PortalClient(base);
        var form = visitor.get(link);
        assertThat(form.body()).contains(address, "パスワードの設定");
        var done = visitor.submit("verify", "register", Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertThat(done.body()).contains("利用登録が完了しました");

        var landed = new PortalClient(base).loginMail(address, PASSWORD);
        assertThat(landed.uri().getPath()).endsWith("/mail/admins.xhtml");
        assertThat(new PortalClient(base).get(link).body()).contains("このリンクはすでに使われたか");
        assertThat(fixtures.auditAbout("mail:" + address))
                .extracting(e -> e.split(" ")[0] + " " + e.split(" ")[1])
                .containsSubsequence(
                        "MAIL_LOGIN SUCCEEDED", "MAIL_REGISTRATION SUCCEEDED", "MAIL_REGISTRATION_REQUEST SUCCEEDED");
    }

    @Test
    void theRequestPageAnswersTheSameForNewRegisteredAndIspAddressesOnlyTheMailDiffers() {
        String fresh = newAddress();
        String registered = registeredAddress();
        String isp = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, isp, "irrelevant-password", true);

        String freshPage = visibleText(request(fresh).body(), fresh);
        assertThat(visibleText(request(registered).body(), registered)).isEqualTo(freshPage);
        assertThat(visibleText(request(isp).body(), isp)).isEqualTo(freshPage);

        assertThat(TestMailbox.mailsTo(registered)
                        .get(TestMailbox.mailsTo(registered).size() - 1))
                .contains("すでに利用登録されています")
                .doesNotContain("token=");
        assertThat(TestMailbox.mailsTo(isp).get(0)).contains("OCNメールのアドレスのため").doesNotContain("token=");
        assertThat(TestMailbox.mailsTo(fresh).get(0)).contains("token=");
    }

    @Test
    void anExpiredLinkAndAnOlderLinkAreRefusedAndRegisterNothing() {
        String address = newAddress();
        request(address);
        String first = TestMailbox.linkIn(TestMailbox.mailsTo(address).get(0));
        request(address);
        String second = TestMailbox.linkIn(TestMailbox.mailsTo(address).get(1));

        assertThat(new PortalClient(base).get(first).body()).contains("このリンクはすでに使われたか");
        fixtures.ageRegistrationLinks(address);
        var expired = new PortalClient(base).get(second);
        assertThat(expired.body()).contains("有効期限（24時間）が切れています").doesNotContain("verify:password");
        assertThat(fixtures.mailAccount(address)).isEqualTo("none");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        String address = newAddress();
        request(address);
        String link = TestMailbox.linkIn(TestMailbox.mailsTo(address).get(0));
        var visitor = new PortalClient(base);
        visitor.get(link);

        var refused = visitor.submit("verify", "register", Map.of("password", "password", "confirmation", "password"));
        assertThat(refused.body()).contains("よく使われているパスワードのため設定できません");
        var withAddress =
                visitor.submit("verify", "register", Map.of("password", address + "1", "confirmation", address + "1"));
        assertThat(withAddress.body()).contains("メールアドレスを含むパスワードは設定できません");
        assertThat(fixtures.mailAccount(address)).isEqualTo("none");

        var done = visitor.submit("verify", "register", Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertThat(done.body()).contains("利用登録が完了しました");
    }

    @Test
    void noMoreThanFiveMailsGoToOneAddressADayAndThePageStillSaysTheSame() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            assertThat(request(address).body()).contains(SENT);
        }

        assertThat(TestMailbox.mailsTo(address)).hasSize(5);
        assertThat(fixtures.auditAbout("mail:" + address).get(0)).startsWith("MAIL_REGISTRATION_REQUEST REFUSED");
    }

    @Test
    void aMalformedAddressIsToldAndNoMailIsSent() {
        var page = request("not an address\r\nBcc: victim@example.org");
        assertThat(page.body()).contains("メールアドレスの形式が正しくありません").doesNotContain(SENT);
        assertThat(TestMailbox.mailsTo("victim@example.org")).isEmpty();
    }

    private PortalClient.Page request(String address) {
        var visitor = new PortalClient(base);
        visitor.get("mypage/register.xhtml");
        return visitor.submit("register", "send", Map.of("address", address));
    }

    private String registeredAddress() {
        String address = newAddress();
        request(address);
        var visitor = new PortalClient(base);
        visitor.get(TestMailbox.linkIn(TestMailbox.mailsTo(address).get(0)));
        visitor.submit("verify", "register", Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertThat(fixtures.mailAccount(address)).startsWith("registered=true");
        return address;
    }

    /** The page without its per-request parts (view state, the address typed), as a person compares two answers. */
    private static String visibleText(String body, String address) {
        return body.replaceAll("(?s)<input[^>]*ViewState[^>]*>", "")
                .replace(address, "ADDRESS")
                .replaceAll("(?s)<script.*?</script>", "");
    }

    private static String newAddress() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
