package jp.office050.it;

import org.junit.jupiter.api.Nested;

/**
 * The integration tests over HTTP, on one deployment: in the H2 run (email accounts verified over LDAP) and again in
 * the PostgreSQL run (the table directory).
 */
class PortalSuiteIT extends PortalSuite {

    @Nested
    class Logins extends LoginTests {}

    @Nested
    class AdminActions extends AdminActionsTests {}

    @Nested
    class Options extends OptionsTests {}

    @Nested
    class ClickDial extends ClickDialTests {}

    @Nested
    class Proxy extends ProxyTests {}

    @Nested
    class MailAccounts extends MailAccountsTests {}

    @Nested
    class AdminLinks extends AdminLinksTests {}

    @Nested
    class Registration extends RegistrationTests {}

    @Nested
    class Hardening extends HardeningTests {}

    @Nested
    class ProvisioningApi extends ProvisioningApiTests {}

    @Nested
    class Operations extends OperationsTests {}

    @Nested
    class Routing extends RoutingTests {}

    @Nested
    class AuditTrail extends AuditTrailTests {}

    @Nested
    class SecondFactor extends SecondFactorTests {}

    @Nested
    class Notices extends NoticesTests {}
}
