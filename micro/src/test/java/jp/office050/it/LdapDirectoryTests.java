package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What only a real LDAP directory shows: one that matches more loosely than the portal's own normalisation, and one
 * that goes away (the LDAP server the test started stops answering). Runs in the H2 run only, where the portal
 * verifies over LDAP (the PostgreSQL run uses the table adapter).
 */
abstract class LdapDirectoryTests extends PortalTests {

    @Test
    void everySpellingTheDirectoryAcceptsCountsAgainstTheOneAccountOfItsEntry() {
        String masterId = "MX " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestDirectory.addMasterId(fixtures, masterId, MailAccountsTests.PASSWORD);
        String loose = masterId.replace(" ", "   "); // the directory folds the spaces, the portal does not

        for (int i = 0; i < 5; i++) {
            String typed = i % 2 == 0 ? masterId : loose;
            assertThat(new PortalClient(base).loginMail(typed, "wrong-" + i).body())
                    .contains(MailAccountsTests.MAIL_LOGIN_FAILED);
        }

        assertThat(fixtures.mailAccount(masterId)).contains("locked=true failures=5");
        assertThat(fixtures.mailAccount(loose)).isEqualTo("none");
        var refused = new PortalClient(base).loginMail(loose, MailAccountsTests.PASSWORD);
        assertThat(refused.uri().getPath()).endsWith("/mail/");
        assertThat(fixtures.auditAbout("mail:" + masterId).get(0)).startsWith("MAIL_LOGIN REFUSED");
    }

    @Test
    void aDirectoryThatDoesNotAnswerGetsItsOwnMessageAndCountsNoFailure() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, MailAccountsTests.PASSWORD, true);
        new PortalClient(base).loginMail(address, MailAccountsTests.PASSWORD);
        TestDirectory.stop();
        try {
            var page = new PortalClient(base).loginMail(address, MailAccountsTests.PASSWORD);
            assertThat(page.body()).contains("ただいまパスワードを確認できません");
        } finally {
            TestDirectory.restart();
        }
        assertThat(fixtures.mailAccount(address)).contains("failures=0");
        assertThat(new PortalClient(base)
                        .loginMail(address, MailAccountsTests.PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/mail/admins.xhtml");
    }
}
