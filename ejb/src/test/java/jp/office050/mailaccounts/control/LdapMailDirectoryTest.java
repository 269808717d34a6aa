package jp.office050.mailaccounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import jp.office050.mailaccounts.entity.MailAccountKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against a real in-memory LDAP server on an ephemeral loopback port, schema checking off for the custom attribute. */
class LdapMailDirectoryTest {

    private static final String PEOPLE = "ou=people,dc=isp,dc=example";
    private static final String SERVICE_DN = "cn=portal,ou=services,dc=isp,dc=example";
    private static final String SERVICE_PASSWORD = "service-secret";
    private static final String TARO_DN = "cn=Taro Yamada," + PEOPLE;
    private static final int TIMEOUT_MILLIS = 500;
    private static final Duration WELL_WITHIN = Duration.ofMillis(3 * TIMEOUT_MILLIS + 1000);

    private static InMemoryDirectoryServer server;
    private static String url;
    private static String stoppedServerUrl;

    @BeforeAll
    static void startServers() throws LDAPException, LDIFException {
        server = startServer();
        url = "ldap://127.0.0.1:" + server.getListenPort();
        seed();
        InMemoryDirectoryServer stopped = startServer();
        stoppedServerUrl = "ldap://127.0.0.1:" + stopped.getListenPort();
        stopped.shutDown(true);
    }

    @AfterAll
    static void stopServer() {
        server.shutDown(true);
    }

    private static InMemoryDirectoryServer startServer() throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=isp,dc=example");
        config.setSchema(null);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
        InMemoryDirectoryServer started = new InMemoryDirectoryServer(config);
        started.startListening();
        return started;
    }

    private static void seed() throws LDAPException, LDIFException {
        server.add("dn: dc=isp,dc=example", "objectClass: domain", "dc: isp");
        server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=services,dc=isp,dc=example", "objectClass: organizationalUnit", "ou: services");
        server.add("dn: " + SERVICE_DN, "objectClass: person", "cn: portal", "userPassword: " + SERVICE_PASSWORD);
        person("Taro Yamada", "mail: taro@isp.example", "ispMailMigrated: FALSE", "userPassword: taro-secret");
        person("Hanako Sato", "mail: hanako@isp.example", "ispMailMigrated: true", "userPassword: hanako-secret");
        person("Jiro Ito", "mail: jiro@isp.example", "userPassword: jiro-secret");
        person("Legacy Master", "uid: M0000001", "userPassword: master-secret");
        person("Shared One", "mail: shared@isp.example", "userPassword: one-secret");
        person("Shared Two", "mail: shared@isp.example", "userPassword: two-secret");
        person("Spaced Master", "uid: MX 0001", "userPassword: spaced-secret");
        person("Two Addresses", "mail: Second@ISP.example", "mail: first@isp.example", "userPassword: two-addr");
    }

    private static void person(String cn, String... attributes) throws LDAPException, LDIFException {
        String[] ldif = new String[attributes.length + 3];
        ldif[0] = "dn: cn=" + cn + "," + PEOPLE;
        ldif[1] = "objectClass: inetOrgPerson";
        ldif[2] = "cn: " + cn;
        System.arraycopy(attributes, 0, ldif, 3, attributes.length);
        server.add(ldif);
    }

    private static LdapMailDirectory directory(String url, String bindDn, String bindPassword) {
        return new LdapMailDirectory(
                new LdapSettings(url, PEOPLE, bindDn, bindPassword, "mail", "uid", "ispMailMigrated", TIMEOUT_MILLIS));
    }

    private static LdapMailDirectory anonymous() {
        return directory(url, "", "");
    }

    private static DirectoryEntry taro() {
        return new DirectoryEntry("taro@isp.example", MailAccountKind.ISP_MAIL, false, TARO_DN);
    }

    @Test
    void findsAnUnmigratedIspAddressWithItsDn() {
        assertThat(anonymous().find("taro@isp.example")).contains(taro());
    }

    @Test
    void everySpellingTheDirectoryMatchesIsTheSameEntryNamedByItsOwnValue() {
        var typed = anonymous().find("MX 0001");
        var loose = anonymous().find("MX   0001"); // the directory's matching rule folds the spaces

        assertThat(typed).isPresent();
        assertThat(loose).isEqualTo(typed);
        assertThat(loose.get().identifier()).isEqualTo("MX 0001");
        assertThat(loose.get().reference()).isEqualTo("cn=Spaced Master," + PEOPLE);
    }

    @Test
    void anEntryWithSeveralAddressesIsNamedByTheOneTyped() {
        assertThat(anonymous().find("second@isp.example").map(DirectoryEntry::identifier))
                .contains("second@isp.example");
        assertThat(anonymous().find("first@isp.example").map(DirectoryEntry::identifier))
                .contains("first@isp.example");
    }

    @Test
    void findsAMigratedIspAddressWhateverTheCaseOfTrue() {
        assertThat(anonymous().find("hanako@isp.example"))
                .hasValueSatisfying(entry -> assertThat(entry.migrated()).isTrue());
    }

    @Test
    void anIspAddressWithoutTheMigratedAttributeIsNotMigrated() {
        assertThat(anonymous().find("jiro@isp.example"))
                .hasValueSatisfying(entry -> assertThat(entry.migrated()).isFalse());
    }

    @Test
    void findsAMasterIdAsAlwaysMigrated() {
        assertThat(anonymous().find("M0000001"))
                .contains(
                        new DirectoryEntry("M0000001", MailAccountKind.MASTER_ID, true, "cn=Legacy Master," + PEOPLE));
    }

    @Test
    void anUnknownOrBlankIdentifierIsNotFound() {
        assertThat(anonymous().find("nobody@isp.example")).isEmpty();
        assertThat(anonymous().find("M9999999")).isEmpty();
        assertThat(directory(stoppedServerUrl, "", "").find(" "))
                .as("never asked")
                .isEmpty();
    }

    @Test
    void twoEntriesWithTheSameAddressAreTreatedAsNotFound() {
        assertThat(anonymous().find("shared@isp.example")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "M000000*", "hanako@*", "*)(uid=*", "a)(uid=*", "\\", "taro@isp.example)(mail=*"})
    void filterMetacharactersMatchNothing(String identifier) {
        assertThat(anonymous().find(identifier)).isEmpty();
    }

    @Test
    void searchesAsTheServiceAccount() {
        assertThat(directory(url, SERVICE_DN, SERVICE_PASSWORD).find("taro@isp.example"))
                .contains(taro());
    }

    @Test
    void aWrongServicePasswordMakesTheDirectoryUnavailable() {
        assertThatThrownBy(
                        () -> directory(url, SERVICE_DN, "wrong-service-secret").find("taro@isp.example"))
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining(url)
                .hasMessageNotContaining("wrong-service-secret");
    }

    @Test
    void theRightPasswordIsAccepted() {
        DirectoryEntry master = anonymous().find("M0000001").orElseThrow();

        assertThat(anonymous().verify(taro(), "taro-secret")).isTrue();
        assertThat(anonymous().verify(master, "master-secret")).isTrue();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(anonymous().verify(taro(), "hanako-secret")).isFalse();
        assertThat(anonymous().verify(taro(), "taro-secret ")).isFalse();
    }

    @Test
    void anEntryThatNoLongerExistsIsRefused() {
        DirectoryEntry gone =
                new DirectoryEntry("gone@isp.example", MailAccountKind.ISP_MAIL, false, "cn=Gone," + PEOPLE);

        assertThat(anonymous().verify(gone, "taro-secret")).isFalse();
    }

    @Test
    void anEmptyPasswordIsRefusedWithoutAskingTheServer() {
        LdapMailDirectory unreachable = directory(stoppedServerUrl, "", "");

        assertThat(unreachable.verify(taro(), "")).isFalse();
        assertThat(unreachable.verify(taro(), null)).isFalse();
    }

    @Test
    void aStoppedServerMakesBothQuestionsFailWithinTheTimeout() {
        LdapMailDirectory stopped = directory(stoppedServerUrl, SERVICE_DN, SERVICE_PASSWORD);

        assertUnavailableInTime(() -> stopped.find("taro@isp.example"), stoppedServerUrl);
        assertUnavailableInTime(() -> stopped.verify(taro(), "taro-secret"), stoppedServerUrl);
    }

    @Test
    void aServerThatNeverAnswersMakesBothQuestionsFailWithinTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String silentUrl = "ldap://127.0.0.1:" + silent.getLocalPort();
            // Anonymous, so the search itself (not a bind) waits on the silence: this is the read timeout's test.
            LdapMailDirectory mute = directory(silentUrl, "", "");

            assertUnavailableInTime(() -> mute.find("taro@isp.example"), silentUrl);
            assertUnavailableInTime(() -> mute.verify(taro(), "taro-secret"), silentUrl);
        }
    }

    private static void assertUnavailableInTime(Runnable question, String expectedUrl) {
        assertTimeoutPreemptively(
                WELL_WITHIN,
                () -> assertThatThrownBy(question::run)
                        .isInstanceOf(DirectoryUnavailableException.class)
                        .hasMessageContaining(expectedUrl)
                        .hasMessageNotContaining("secret"));
    }
}
