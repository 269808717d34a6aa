package jp.office050.it;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test over HTTP against the WAR that Payara Micro runs (plus the test-only endpoints), on H2 or,
 * in the PostgreSQL run, on PostgreSQL. Each test makes its own data through {@link #fixtures}.
 */
@ExtendWith({DatabaseAvailable.class, ArquillianExtension.class})
abstract class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL url;

    URI base;
    Fixtures fixtures;

    /** The mail directory answers from the first test on (in the LDAP run, the LDAP server the tests start). */
    @BeforeAll
    static void directory() {
        TestDirectory.start();
    }

    @BeforeEach
    void connect() throws URISyntaxException {
        base = url.toURI();
        fixtures = new Fixtures(base);
    }

    /** A forwarding form as a browser posts it: the given fields over the values of an untouched form. */
    static Map<String, String> forwardingForm(Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(Map.of(
                "destination", "",
                "ringSeconds", "20",
                "voicemailAfterRings", "5",
                "greeting", "STANDARD",
                "greetingText", "",
                "notifyAddress", ""));
        form.putAll(fields);
        return form;
    }
}
