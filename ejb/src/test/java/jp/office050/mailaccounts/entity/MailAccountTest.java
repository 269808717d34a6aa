package jp.office050.mailaccounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "' Kanri@ISP.Example ', kanri@isp.example",
        "m0000001, M0000001",
        "'\tM0000001\n', M0000001",
        "'', ''",
        "ｍ００００００１, M0000001",
        "'　ｋａｎｒｉ＠ｉｓｐ．ｅｘａｍｐｌｅ　', kanri@isp.example"
    })
    void addressesAreKeptInLowerCaseAndMasterIdsInUpperCase(String typed, String key) {
        assertThat(MailAccount.normalize(typed)).isEqualTo(key);
    }

    @Test
    void nothingTypedIsAnEmptyKey() {
        assertThat(MailAccount.normalize(null)).isEmpty();
    }

    @Test
    void anIspAddressSeenForTheFirstTimeAsksForConsentUnlessItsMailboxHasMoved() {
        MailAccount account = MailAccount.fromDirectory("new@isp.example", MailAccountKind.ISP_MAIL, "cn=new");

        assertThat(account.isRegistered()).isFalse();
        assertThat(account.canTryLogin()).isTrue();
        assertThat(account.needsConsent(false)).isTrue();
        assertThat(account.needsConsent(true)).isFalse();
        assertThat(account.password().hash()).isNull();
    }

    @Test
    void onceRegisteredAnIspAddressIsNeverAskedAgainAndKeepsItsFirstRegistrationTime() {
        MailAccount account = MailAccount.fromDirectory("new@isp.example", MailAccountKind.ISP_MAIL, "cn=new");
        account.register(T0);
        account.register(T0.plusSeconds(60));

        assertThat(account.needsConsent(false)).isFalse();
        assertThat(account.getRegisteredAt()).isEqualTo(T0);
    }

    @Test
    void aMasterIdNeverAsksForConsent() {
        MailAccount account = MailAccount.fromDirectory("M0000001", MailAccountKind.MASTER_ID, "cn=m1");

        assertThat(account.needsConsent(false)).isFalse();
    }

    @Test
    void anExternalAddressExistsOnlyRegisteredWithItsOwnPassword() {
        MailAccount account = MailAccount.registeredExternal("someone@example.org", "hash", T0);

        assertThat(account.isRegistered()).isTrue();
        assertThat(account.canTryLogin()).isTrue();
        assertThat(account.password().hash()).isEqualTo("hash");
        assertThat(account.needsConsent(false)).isFalse();
    }

    @Test
    void anExternalAddressCannotComeFromTheDirectory() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> MailAccount.fromDirectory("someone@example.org", MailAccountKind.EXTERNAL_MAIL, "cn=x"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DirectoryRecord("someone@example.org", MailAccountKind.EXTERNAL_MAIL, "h", true));
    }

    @Test
    void anAccountMadeBeforeKeysAdoptsItsEntrysKeyButNeverAnotherEntrys() {
        MailAccount account = MailAccount.fromDirectory("old@isp.example", MailAccountKind.ISP_MAIL, "cn=old");

        assertThat(account.adoptDirectoryKey("cn=old")).isTrue();
        assertThat(account.adoptDirectoryKey("cn=someone-else")).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MailAccount.fromDirectory("x@isp.example", MailAccountKind.ISP_MAIL, " "));
    }

    @Test
    void aMasterIdInTheDirectoryIsAlwaysMigratedAndKeyedInUpperCase() {
        DirectoryRecord record = new DirectoryRecord("m0000009", MailAccountKind.MASTER_ID, "hash", false);

        assertThat(record.isMigrated()).isTrue();
        assertThat(record.getIdentifier()).isEqualTo("M0000009");
    }
}
