package jp.office050.administrators.entity;

import static jp.office050.testsupport.Ids.withId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.office050.contracts.entity.Contract;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.StoredPassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministratorTest {

    private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(30));

    private static Contract contract(long id) {
        return withId(new Contract("0501111000" + id, "株式会社テスト" + id), id);
    }

    private static Administrator administratorOf(Contract contract, StoredPassword password) {
        return new Administrator("A0000001", contract, password);
    }

    @Test
    void theAuditTrailNamesItByItsAdministratorId() {
        assertThat(administratorOf(contract(1), StoredPassword.chosen("h")).auditName())
                .isEqualTo("admin:A0000001")
                .isEqualTo(Administrator.auditNameOf("A0000001"));
    }

    @Test
    void loggingInResetsTheLockout() {
        var administrator = administratorOf(contract(1), StoredPassword.chosen("h"));
        for (int i = 0; i < POLICY.threshold(); i++) {
            administrator.lockout().admit(NOW, POLICY);
        }
        assertThat(administrator.lockout().isLocked(NOW))
                .as("precondition: locked")
                .isTrue();

        administrator.loggedIn(NOW);

        assertThat(administrator.lockout().isLocked(NOW)).isFalse();
        assertThat(administrator.lockout().failures(NOW)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aRehashKeepsWhetherThePasswordIsTemporary(boolean temporary) {
        var administrator = administratorOf(
                contract(1),
                temporary ? StoredPassword.temporary("weak", NOW.plusSeconds(60)) : StoredPassword.chosen("weak"));

        administrator.rehash("strong");

        assertThat(administrator.password().hash()).isEqualTo("strong");
        assertThat(administrator.password().isTemporary()).isEqualTo(temporary);
    }
}
