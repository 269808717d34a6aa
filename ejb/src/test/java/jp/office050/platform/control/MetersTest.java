package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetersTest {

    private final Meters meters = new Meters();

    private String line(String prefix) {
        return meters.scrape()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElse("");
    }

    @Test
    void loginsAreCountedByRealmAndOutcomeAndTheFailureThatLocksBeginsALockout() {
        meters.recorded("ADMIN_LOGIN", "FAILED");
        meters.recorded("ADMIN_LOGIN", "FAILED");
        meters.recorded("USER_LOGIN", "LOCKED");
        meters.recorded("MAIL_LOGIN", "REFUSED");
        meters.recorded("USER_LOGIN", "SUCCEEDED");

        String scrape = meters.scrape();
        assertThat(scrape).contains("office050_logins_total{outcome=\"failure\",realm=\"admin\"} 2.0");
        assertThat(scrape).contains("office050_logins_total{outcome=\"locked\",realm=\"user\"} 1.0");
        assertThat(scrape).contains("office050_logins_total{outcome=\"refused\",realm=\"mail\"} 1.0");
        assertThat(scrape).contains("office050_logins_total{outcome=\"success\",realm=\"user\"} 1.0");
        assertThat(scrape).contains("office050_lockouts_begun_total{action=\"user_login\"} 1.0");
    }

    @Test
    void onlySucceededReleasesResetsAndSavesAreCounted() {
        meters.recorded("LOCKOUT_RELEASE", "REFUSED");
        meters.recorded("LOCKOUT_RELEASE", "SUCCEEDED");
        meters.recorded("PASSWORD_RESET", "SUCCEEDED");
        meters.recorded("FORWARDING_CHANGE", "SUCCEEDED");
        meters.recorded("ANONYMOUS_REJECTION_CHANGE", "FAILED");

        assertThat(line("office050_lockouts_released_total")).endsWith(" 1.0");
        assertThat(line("office050_password_resets_total")).endsWith(" 1.0");
        assertThat(meters.scrape())
                .contains("office050_settings_saves_total{service=\"forwarding\"} 1.0")
                .doesNotContain("service=\"anonymous-rejection\"");
        assertThat(meters.scrape())
                .contains("office050_audit_events_total{action=\"lockout_release\",outcome=\"refused\"} 1.0");
    }

    @Test
    void hashesAndListPagesAreTimed() {
        meters.passwordHashed(300_000_000L);
        assertThat(meters.timeLineList(() -> "page")).isEqualTo("page");

        assertThat(line("office050_password_hash_seconds_count")).endsWith(" 1");
        assertThat(line("office050_password_hash_seconds_sum")).endsWith(" 0.3");
        assertThat(line("office050_line_list_seconds_count")).endsWith(" 1");
    }
}
