package jp.office050.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import java.net.InetAddress;
import java.util.UUID;

/**
 * The provider's mail directory as the tests see it. In the H2 run the portal verifies ISP addresses over LDAP
 * against a real in-memory LDAP server started here (UnboundID, loopback, port {@code it.ldap.port}); in the
 * PostgreSQL run it uses its table adapter, filled through the test endpoint.
 */
final class TestDirectory {

    static final String BASE = "dc=isp,dc=example";
    static final String PEOPLE = "ou=people," + BASE;

    private static InMemoryDirectoryServer server;

    private TestDirectory() {}

    static boolean overLdap() {
        return "ldap".equals(System.getProperty("it.directory"));
    }

    /** Starts the LDAP server (in the LDAP run) before a test asks the portal about an address it does not hold. */
    static void start() {
        if (overLdap()) {
            running();
        }
    }

    /** A fresh ISP address, unique to the test. */
    static String newIspAddress() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@isp.example";
    }

    static void addIspAddress(Fixtures fixtures, String address, String password, boolean migrated) {
        add(fixtures, address, "ISP_MAIL", password, migrated);
    }

    static void addMasterId(Fixtures fixtures, String masterId, String password) {
        add(fixtures, masterId, "MASTER_ID", password, true);
    }

    private static void add(Fixtures fixtures, String identifier, String kind, String password, boolean migrated) {
        if (!overLdap()) {
            fixtures.tableDirectoryEntry(identifier, kind, password, migrated);
            return;
        }
        String cn = "it-" + UUID.randomUUID();
        String attribute = kind.equals("MASTER_ID") ? "uid" : "mail";
        try {
            running()
                    .add(
                            "dn: cn=" + cn + "," + PEOPLE,
                            "objectClass: top",
                            "objectClass: person",
                            "cn: " + cn,
                            "sn: test",
                            attribute + ": " + identifier,
                            "userPassword: " + password,
                            "ispMailMigrated: " + (migrated ? "TRUE" : "FALSE"));
        } catch (LDAPException | com.unboundid.ldif.LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops answering, as a directory that went away. */
    static synchronized void stop() {
        running().shutDown(false);
    }

    static synchronized void restart() {
        try {
            running().startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized InMemoryDirectoryServer running() {
        if (server == null) {
            server = start(Integer.getInteger("it.ldap.port"));
        }
        return server;
    }

    private static InMemoryDirectoryServer start(int port) {
        try {
            var config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), port, null));
            var started = new InMemoryDirectoryServer(config);
            started.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: isp");
            started.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
            started.startListening();
            return started;
        } catch (LDAPException | com.unboundid.ldif.LDIFException e) {
            throw new IllegalStateException(e);
        }
    }
}
