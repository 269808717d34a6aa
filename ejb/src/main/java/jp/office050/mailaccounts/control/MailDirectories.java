package jp.office050.mailaccounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the mail directory by {@code office050.directory.kind}: {@code table} (the default, the portal's own
 * table) or {@code ldap} (the provider's directory, set up by {@code office050.directory.ldap.*}).
 */
@ApplicationScoped
public class MailDirectories {

    @Inject
    @ConfigProperty(name = "office050.directory.kind", defaultValue = "table")
    String kind;

    @Inject
    TableMailDirectory table;

    private volatile LdapMailDirectory ldap;

    @Produces
    @Dependent
    public MailDirectory directory() {
        return switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> table;
            case "ldap" -> ldap();
            default -> throw new IllegalStateException("office050.directory.kind must be table or ldap, not " + kind);
        };
    }

    private LdapMailDirectory ldap() {
        if (ldap == null) {
            ldap = new LdapMailDirectory(LdapSettings.from(ConfigProvider.getConfig()));
        }
        return ldap;
    }
}
