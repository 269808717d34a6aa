package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Email login against the real mail directory (LDAP in the H2 run, the table in the PostgreSQL run): consent at the
 * first login of an ISP address, migrated addresses and master IDs, lockout, and what a failure says.
 */
abstract class MailAccountsTests extends PortalTests {

    static final String PASSWORD = "it-mail-password";
    static final String CONSENT_BUTTON = "OCNメールへの移行に同意しログインする";
    static final String MAIL_LOGIN_FAILED = "メールアドレスまたはパスワードが正しくないか";
    static final String MAIL_LOGIN_FAILED_IN_FULL = "メールアドレスまたはパスワードが正しくないか、認証エラーが続いたためロックされています。"
            + "ロックは30分後に自動的に解除されます。OCNメール以外のメールアドレスは、先にマイページで利用登録をしてください。";

    @Test
    void theFirstLoginOfAnIspAddressAsksForConsentOnceThenLandsOnTheAdminList() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, PASSWORD, false);
        var person = new PortalClient(base);

        var consent = person.loginMail(address.toUpperCase(), PASSWORD);
        assertThat(consent.uri().getPath()).endsWith("/mail/consent.xhtml");
        assertThat(consent.body()).contains(CONSENT_BUTTON, address);
        assertThat(fixtures.mailAccount(address)).startsWith("registered=false");
        assertThat(person.fetch("mail/admins.xhtml").uri().getPath())
                .as("not signed in before consenting")
                .endsWith("/mail/");

        var admins = person.submit("consent", "agree", Map.of());
        assertThat(admins.uri().getPath()).endsWith("/mail/admins.xhtml");
        assertThat(admins.body()).contains("管理者一覧", "連携している管理者IDはありません");
        assertThat(fixtures.mailAccount(address)).startsWith("registered=true");
        assertThat(fixtures.auditAbout("mail:" + address))
                .extracting(e -> e.split(" ")[0] + " " + e.split(" ")[1])
                .containsSubsequence("MAIL_REGISTRATION SUCCEEDED", "MAIL_CONSENT SUCCEEDED", "MAIL_LOGIN SUCCEEDED");

        var again = new PortalClient(base).loginMail(address, PASSWORD);
        assertThat(again.uri().getPath()).endsWith("/mail/admins.xhtml");
    }

    @Test
    void theConsentButtonSignsInNobodyWithoutAProvedPassword() {
        var stranger = new PortalClient(base);
        stranger.get("mail/consent.xhtml");
        assertThat(stranger.current().uri().getPath()).endsWith("/mail/");
        assertThat(stranger.current().body()).contains("もう一度ログインしてください");
    }

    @Test
    void migratedAddressesAndMasterIdsSkipTheConsent() {
        String migrated = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, migrated, PASSWORD, true);
        String masterId = "M" + migrated.substring(3, 11).toUpperCase();
        TestDirectory.addMasterId(fixtures, masterId, PASSWORD);

        assertThat(new PortalClient(base).loginMail(migrated, PASSWORD).uri().getPath())
                .endsWith("/mail/admins.xhtml");
        assertThat(new PortalClient(base)
                        .loginMail(masterId.toLowerCase(), PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/mail/admins.xhtml");
        assertThat(fixtures.mailAccount(masterId)).startsWith("registered=true");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, PASSWORD, true);
        for (int i = 0; i < 5; i++) {
            assertThat(new PortalClient(base).loginMail(address, "wrong-" + i).body())
                    .contains(MAIL_LOGIN_FAILED);
        }
        assertThat(fixtures.mailAccount(address)).contains("locked=true");

        var refused = new PortalClient(base).loginMail(address, PASSWORD);
        assertThat(refused.uri().getPath()).endsWith("/mail/");
        assertThat(refused.body()).contains(MAIL_LOGIN_FAILED);
        assertThat(fixtures.auditAbout("mail:" + address).get(0)).startsWith("MAIL_LOGIN REFUSED");
    }

    @Test
    void anUnknownAddressAndAnUnregisteredExternalOneGetTheSameMessagePointingToRegistration() {
        var unknown = new PortalClient(base).loginMail("nobody-" + System.nanoTime() + "@example.org", PASSWORD);
        String registered = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, registered, PASSWORD, true);
        var wrong = new PortalClient(base).loginMail(registered, "not-the-password");

        for (var page : java.util.List.of(unknown, wrong)) {
            assertThat(page.uri().getPath()).endsWith("/mail/");
            assertThat(page.body()).contains(MAIL_LOGIN_FAILED_IN_FULL, "mypage/register.xhtml");
        }
    }

    static PortalClient signedIn(java.net.URI base, Fixtures fixtures, String address) {
        TestDirectory.addIspAddress(fixtures, address, PASSWORD, true);
        var person = new PortalClient(base);
        assertThat(person.loginMail(address, PASSWORD).uri().getPath()).endsWith("/mail/admins.xhtml");
        return person;
    }
}
