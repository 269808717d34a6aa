package jp.office050.lines.entity;

import static jp.office050.testsupport.Ids.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import jp.office050.contracts.entity.Contract;
import jp.office050.credentials.entity.Admission;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.StoredPassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineTest {

    private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(30));

    private static Contract contract(long id) {
        return withId(new Contract("0501111000" + id, "株式会社テスト" + id), id);
    }

    private static Line line(Contract contract, LineKind kind, StoredPassword password) {
        return new Line(contract, "05011110001", "u05011110001", "田中 太郎", kind, password);
    }

    private static Line ordinary(StoredPassword password) {
        return line(contract(1), LineKind.ORDINARY, password);
    }

    private static void lock(Line line) {
        for (int i = 0; i < POLICY.threshold(); i++) {
            line.lockout().admit(NOW, POLICY);
        }
        assertThat(line.lockout().isLocked(NOW)).as("precondition: locked").isTrue();
    }

    @ParameterizedTest(name = "{0} line of contract 1, administrator of contract {1}: {2}")
    @CsvSource({"ORDINARY, 1, true", "ORDINARY, 2, false", "MULTIPLE_NUMBER, 1, false", "MULTIPLE_NUMBER, 2, false"})
    void onlyOrdinaryLinesOfTheAdministratorsOwnContractAreManaged(
            LineKind kind, long administeredContract, boolean managed) {
        var line = line(contract(1), kind, StoredPassword.chosen("h"));

        assertThat(line.isManagedBy(contract(administeredContract))).isEqualTo(managed);
        assertThat(line.isManageable()).isEqualTo(kind == LineKind.ORDINARY);
    }

    @Test
    void noContractManagesNothing() {
        assertThat(ordinary(StoredPassword.chosen("h")).isManagedBy(null)).isFalse();
    }

    @Test
    void aContractWithoutIdIsNeverTheSameAsAnother() {
        var unsaved = new Contract("05011110000", "株式会社テスト");
        var line = line(unsaved, LineKind.ORDINARY, StoredPassword.chosen("h"));

        assertThat(line.isManagedBy(unsaved)).isFalse();
    }

    @Test
    void aLineNeedsA050Number() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Line(
                        contract(1),
                        "09011110001",
                        "u09011110001",
                        "田中 太郎",
                        LineKind.ORDINARY,
                        StoredPassword.chosen("h")));
    }

    @Test
    void aResetPasswordIsTemporaryAndLiftsTheLock() {
        var line = ordinary(StoredPassword.chosen("old"));
        lock(line);

        line.resetPassword("new", NOW, NOW.plus(Duration.ofDays(7)));

        assertThat(line.password().hash()).isEqualTo("new");
        assertThat(line.password().isTemporary()).isTrue();
        assertThat(line.lockout().isLocked(NOW)).isFalse();
        assertThat(line.lockout().failures(NOW)).isZero();
        assertThat(line.lockout().admit(NOW, POLICY)).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void aResetPasswordWorksUntilItExpiresAndARehashKeepsTheExpiry() {
        var line = ordinary(StoredPassword.chosen("old"));
        Instant expiry = NOW.plus(Duration.ofDays(7));

        line.resetPassword("new", NOW, expiry);
        line.rehash("stronger");

        assertThat(line.password().isExpired(expiry.minusSeconds(1))).isFalse();
        assertThat(line.password().isExpired(expiry)).isTrue();
    }

    @Test
    void aChosenPasswordNeverExpires() {
        var line = ordinary(StoredPassword.temporary("temp", NOW));

        line.choosePassword("mine");

        assertThat(line.password().isExpired(NOW.plus(Duration.ofDays(3650)))).isFalse();
        assertThat(line.password().isTemporary()).isFalse();
    }

    @Test
    void aChosenPasswordIsNoLongerTemporary() {
        var line = ordinary(StoredPassword.temporary("temp", NOW.plusSeconds(60)));

        line.choosePassword("mine");

        assertThat(line.password().hash()).isEqualTo("mine");
        assertThat(line.password().isTemporary()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aRehashKeepsWhetherThePasswordIsTemporary(boolean temporary) {
        var line = ordinary(
                temporary ? StoredPassword.temporary("weak", NOW.plusSeconds(60)) : StoredPassword.chosen("weak"));

        line.rehash("strong");

        assertThat(line.password().hash()).isEqualTo("strong");
        assertThat(line.password().isTemporary()).isEqualTo(temporary);
    }

    @Test
    void loggingInResetsTheFailuresAndRecordsTheTime() {
        var line = ordinary(StoredPassword.chosen("h"));
        line.lockout().admit(NOW, POLICY);
        line.lockout().admit(NOW, POLICY);

        line.loggedIn(NOW.plusSeconds(1));

        assertThat(line.lockout().failures(NOW.plusSeconds(1))).isZero();
        assertThat(line.getLastLogin()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void loggingInOnTheLastChanceLeavesTheLineUnlocked() {
        var line = ordinary(StoredPassword.chosen("h"));
        lock(line);

        line.loggedIn(NOW);

        assertThat(line.lockout().isLocked(NOW)).isFalse();
    }

    @Test
    void anAdministratorCanReleaseTheLock() {
        var line = ordinary(StoredPassword.chosen("h"));
        lock(line);

        line.releaseLockout();

        assertThat(line.lockout().isLocked(NOW)).isFalse();
        assertThat(line.password().hash()).as("the password is unchanged").isEqualTo("h");
        assertThat(line.password().isTemporary()).isFalse();
    }
}
