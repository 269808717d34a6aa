package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The mail directory going away: the LDAP server the test started stops answering. Runs in the H2 run only, where
 * the portal verifies over LDAP (the PostgreSQL run uses the table adapter).
 */
@RunAsClient
class DirectoryOutageIT extends PortalIT {

    @Test
    void aDirectoryThatDoesNotAnswerGetsItsOwnMessageAndCountsNoFailure() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, MailAccountsIT.PASSWORD, true);
        new PortalClient(base).loginMail(address, MailAccountsIT.PASSWORD);
        TestDirectory.stop();
        try {
            var page = new PortalClient(base).loginMail(address, MailAccountsIT.PASSWORD);
            assertThat(page.body()).contains("ただいまパスワードを確認できません");
        } finally {
            TestDirectory.restart();
        }
        assertThat(fixtures.mailAccount(address)).contains("failures=0");
        assertThat(new PortalClient(base)
                        .loginMail(address, MailAccountsIT.PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/mail/admins.xhtml");
    }
}
