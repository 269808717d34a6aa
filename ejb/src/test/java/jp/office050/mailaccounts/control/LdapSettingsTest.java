package jp.office050.mailaccounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {

    private static final String URL = "ldap://127.0.0.1:389";

    /** A Config that answers getOptionalValue from a map, as MicroProfile Config would for strings and integers. */
    private static Config configOf(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("getOptionalValue")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Optional<String> value = Optional.ofNullable(values.get((String) arguments[0]));
                    return arguments[1] == Integer.class ? value.map(Integer::valueOf) : value;
                });
    }

    @Test
    void onlyTheUrlIsNeeded() {
        LdapSettings settings = LdapSettings.from(configOf(Map.of("office050.directory.ldap.url", URL)));

        assertThat(settings)
                .isEqualTo(new LdapSettings(
                        URL, "ou=people,dc=isp,dc=example", "", "", "mail", "uid", "ispMailMigrated", 3000));
    }

    @Test
    void readsEveryKey() {
        LdapSettings settings = LdapSettings.from(configOf(Map.of(
                "office050.directory.ldap.url", URL,
                "office050.directory.ldap.base-dn", "ou=users,dc=example",
                "office050.directory.ldap.bind-dn", "cn=portal,dc=example",
                "office050.directory.ldap.bind-password", "service-secret",
                "office050.directory.ldap.mail-attribute", "mailAddress",
                "office050.directory.ldap.master-id-attribute", "masterId",
                "office050.directory.ldap.migrated-attribute", "migrated",
                "office050.directory.ldap.timeout-ms", "1500")));

        assertThat(settings)
                .isEqualTo(new LdapSettings(
                        URL,
                        "ou=users,dc=example",
                        "cn=portal,dc=example",
                        "service-secret",
                        "mailAddress",
                        "masterId",
                        "migrated",
                        1500));
    }

    @Test
    void aMissingUrlIsNamed() {
        assertThatThrownBy(() -> LdapSettings.from(configOf(Map.of())))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("office050.directory.ldap.url");
    }

    @Test
    void toStringHidesTheBindPassword() {
        LdapSettings settings = new LdapSettings(
                URL, "dc=example", "cn=portal,dc=example", "service-secret", "mail", "uid", "migrated", 3000);

        assertThat(settings.toString()).contains(URL, "cn=portal,dc=example").doesNotContain("service-secret");
    }

    @Test
    void aBindDnWithoutPasswordIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LdapSettings(
                        URL, "dc=example", "cn=portal,dc=example", "", "mail", "uid", "migrated", 3000))
                .withMessageContaining("bind-password");
    }

    @Test
    void anAttributeNameThatWouldChangeTheFilterIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LdapSettings(URL, "dc=example", "", "", "mail)(uid=*", "uid", "migrated", 3000))
                .withMessageContaining("mail-attribute");
    }
}
