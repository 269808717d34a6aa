package jp.office050.options.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnonymousRejectionSettingsTest {

    @Test
    void aLineThatNeverSavedDoesNotRejectAnonymousCalls() {
        var settings = AnonymousRejectionSettings.defaults(42L);

        assertThat(settings.isEnabled()).isFalse();
        assertThat(settings.getVersion()).isZero();
    }

    @Test
    void rejectionCanBeSwitchedOnAndOffAgain() {
        var settings = AnonymousRejectionSettings.defaults(42L);

        settings.change(true);
        assertThat(settings.isEnabled()).isTrue();

        settings.change(true);
        assertThat(settings.isEnabled()).as("switching on twice keeps it on").isTrue();

        settings.change(false);
        assertThat(settings.isEnabled()).isFalse();
    }
}
