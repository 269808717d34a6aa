package jp.office050.it;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * What runs once, in the H2 run only, on a deployment of its own: the browser tests in headless Chromium (skipped by
 * name where Chromium or its driver is missing), and what only a real LDAP directory shows.
 */
class BrowserSuiteIT extends PortalSuite {

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
}
