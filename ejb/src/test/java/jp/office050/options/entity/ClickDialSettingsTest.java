package jp.office050.options.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClickDialSettingsTest {

    private static final String OWN = "05011110001";

    @Test
    void aRegisteredNumberIsCheckedAgainstTheNumberingPlanAndKeptAsTheCheckWroteIt() {
        var settings = ClickDialSettings.defaults(1L);

        assertThat(settings.change(RingFirst.REGISTERED, "090-1234-5678", OWN)).isEmpty();

        assertThat(settings.getRegisteredNumber()).isEqualTo("09012345678");
        assertThat(settings.firstPhone(OWN)).isEqualTo("09012345678");
    }

    @Test
    void aNumberThePlanRefusesIsRefusedWithItsReasonAndNothingChanges() {
        var settings = ClickDialSettings.defaults(1L);

        assertThat(settings.change(RingFirst.REGISTERED, "110", OWN))
                .isEqualTo(List.of(new Violation("registeredNumber", "destination.EMERGENCY_OR_SPECIAL")));
        assertThat(settings.change(RingFirst.LINE, OWN, OWN))
                .extracting(Violation::messageKey)
                .containsExactly("destination.SAME_AS_LINE");
        assertThat(settings.getRingFirst())
                .isEqualTo(ClickDialSettings.defaults(1L).getRingFirst());
    }

    @Test
    void ringingARegisteredPhoneNeedsOneAndNoChoiceIsNoChoice() {
        var settings = ClickDialSettings.defaults(1L);

        assertThat(settings.change(RingFirst.REGISTERED, " ", OWN))
                .containsExactly(new Violation("registeredNumber", "clickDial.registeredNumber.required"));
        assertThat(settings.change(null, null, OWN))
                .containsExactly(new Violation("ringFirst", "clickDial.ringFirst.required"));
        assertThat(settings.change(RingFirst.LINE, null, OWN)).isEmpty();
        assertThat(settings.firstPhone(OWN)).isEqualTo(OWN);
    }
}
