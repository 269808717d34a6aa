package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * A group of integration tests over HTTP against the deployed portal. Groups run as {@code @Nested} classes of a
 * suite ({@link PortalSuite}), which deploys the WAR once for all of them: each deployment is a Payara Micro start.
 * Each test makes its own data through {@link #fixtures}.
 */
abstract class PortalTests {

    URI base;
    Fixtures fixtures;

    @BeforeEach
    void connect() {
        base = PortalSuite.deployedAt();
        fixtures = new Fixtures(base);
    }

    /** A client signed in as the contract's administrator (with its password only), on its user number list. */
    PortalClient signedInAdmin(Fixtures.TestContract contract) {
        var admin = new PortalClient(base);
        assertThat(admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");
        return admin;
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
