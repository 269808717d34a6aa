package jp.office050.mailaccounts.control;

import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Where and how {@link LdapMailDirectory} asks the provider's mail directory.
 *
 * @param url the server, e.g. {@code ldaps://ldap.isp.example:636}
 * @param baseDn where the ISP mail addresses and master IDs are searched (whole subtree)
 * @param bindDn the service account that searches; empty for an anonymous search
 * @param bindPassword the service account's password; empty when {@code bindDn} is
 * @param mailAttribute the attribute holding an ISP mail address
 * @param masterIdAttribute the attribute holding a migrated master ID
 * @param migratedAttribute the attribute that is {@code TRUE} (any case) once the mailbox has migrated
 * @param timeoutMillis the limit for connecting, for each answer and for a search
 */
public record LdapSettings(
        String url,
        String baseDn,
        String bindDn,
        String bindPassword,
        String mailAttribute,
        String masterIdAttribute,
        String migratedAttribute,
        int timeoutMillis) {

    private static final String PREFIX = "office050.directory.ldap.";

    // An attribute name goes into the search filter as it is, so it must not be able to change the filter.
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

    public LdapSettings {
        requireText(url, "url");
        requireText(baseDn, "base-dn");
        bindDn = bindDn == null ? "" : bindDn.strip();
        bindPassword = bindPassword == null ? "" : bindPassword;
        if (!bindDn.isEmpty() && bindPassword.isEmpty()) {
            // JNDI would send an unauthenticated bind, which many servers accept as anonymous.
            throw new IllegalArgumentException(PREFIX + "bind-dn is set but " + PREFIX + "bind-password is not");
        }
        requireAttributeName(mailAttribute, "mail-attribute");
        requireAttributeName(masterIdAttribute, "master-id-attribute");
        requireAttributeName(migratedAttribute, "migrated-attribute");
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException(PREFIX + "timeout-ms must be positive: " + timeoutMillis);
        }
    }

    /** The settings under {@code office050.directory.ldap.*}; only {@code url} has no default. */
    public static LdapSettings from(Config config) {
        return new LdapSettings(
                config.getOptionalValue(PREFIX + "url", String.class)
                        .orElseThrow(() -> new NoSuchElementException(PREFIX + "url is not set")),
                text(config, "base-dn", "ou=people,dc=isp,dc=example"),
                text(config, "bind-dn", ""),
                text(config, "bind-password", ""),
                text(config, "mail-attribute", "mail"),
                text(config, "master-id-attribute", "uid"),
                text(config, "migrated-attribute", "ispMailMigrated"),
                config.getOptionalValue(PREFIX + "timeout-ms", Integer.class).orElse(3000));
    }

    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", baseDn=" + baseDn + ", bindDn=" + bindDn + ", bindPassword="
                + (bindPassword.isEmpty() ? "" : "(hidden)") + ", mailAttribute=" + mailAttribute
                + ", masterIdAttribute=" + masterIdAttribute + ", migratedAttribute=" + migratedAttribute
                + ", timeoutMillis=" + timeoutMillis + "]";
    }

    private static String text(Config config, String key, String defaultValue) {
        return config.getOptionalValue(PREFIX + key, String.class).orElse(defaultValue);
    }

    private static void requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + key + " must not be blank");
        }
    }

    private static void requireAttributeName(String value, String key) {
        if (value == null || !ATTRIBUTE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(PREFIX + key + " is not an LDAP attribute name: " + value);
        }
    }
}
