package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One deployment of the WAR that Payara Micro runs (plus the test-only endpoints), on H2 or, in the PostgreSQL run, on
 * PostgreSQL, for many groups of tests: a suite declares them as {@code @Nested} classes. Arquillian enriches only
 * the suite's own test, which runs before the nested ones and tells them where the portal answers.
 */
@RunAsClient
@ExtendWith({DatabaseAvailable.class, ArquillianExtension.class})
abstract class PortalSuite {

    private static URI deployedAt;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The mail server and (in the LDAP run) the directory answer from the first test on. */
    @BeforeAll
    static void mailServerAndDirectory() {
        TestMailbox.start();
        TestDirectory.start();
    }

    @ArquillianResource
    URL url;

    @Test
    void theDeployedPortalAnswersWithItsLoginPage() throws URISyntaxException {
        URI base = url.toURI();
        var page = new PortalClient(base).get("./");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("管理者IDでログイン");
        deployedAt = base;
    }

    static URI deployedAt() {
        if (deployedAt == null) {
            throw new IllegalStateException("run the whole suite: its own first test finds the deployed portal");
        }
        return deployedAt;
    }
}
