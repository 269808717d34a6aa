package jp.office050.it;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * What runs once, in the H2 run only, on a deployment of its own, with real peers: the browser tests in headless
 * Chromium (skipped by name where Chromium or its driver is missing), what only a real LDAP directory shows, and calls
 * through a real SIP proxy (Kamailio) between real SIP user agents (SIPp; skipped by name where either is missing).
 */
class EndToEndSuiteIT extends PortalSuite {

    @Nested
    @EnabledIf("jp.office050.it.Browser#available")
    class ManualPaths extends BrowserTests {}

    @Nested
    @EnabledIf("jp.office050.it.Browser#available")
    class ProxyWindows extends ProxyBrowserTests {}

    @Nested
    @EnabledIf("jp.office050.it.Browser#available")
    class EmailAccounts extends MailBrowserTests {}

    @Nested
    class LdapDirectory extends LdapDirectoryTests {}

    @Nested
    @EnabledIf("jp.office050.it.telephony.Sip#available")
    class CallFlows extends CallFlowTests {}
}
