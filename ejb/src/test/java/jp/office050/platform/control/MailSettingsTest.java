package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import jp.office050.platform.control.MailSettings.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailSettingsTest {

    private static MailSettings read(Map<String, String> values) {
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsSuitALocalRelay() {
        var settings = read(Map.of());

        assertThat(settings)
                .isEqualTo(new MailSettings(
                        Delivery.SMTP,
                        "localhost",
                        25,
                        "no-reply@office050.example",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        10_000));
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void everyKeyIsRead() {
        var settings = read(Map.of(
                "office050.mail.delivery", "log",
                "office050.mail.smtp.host", "smtp.example.jp",
                "office050.mail.smtp.port", "587",
                "office050.mail.from", "portal@office050.example",
                "office050.mail.from-name", "オフィス050",
                "office050.mail.smtp.user", "portal",
                "office050.mail.smtp.password", " pass word ",
                "office050.mail.smtp.starttls", "TRUE",
                "office050.mail.smtp.timeout-ms", "2500"));

        assertThat(settings)
                .isEqualTo(new MailSettings(
                        Delivery.LOG,
                        "smtp.example.jp",
                        587,
                        "portal@office050.example",
                        Optional.of("オフィス050"),
                        Optional.of("portal"),
                        Optional.of(" pass word "),
                        true,
                        2_500));
        assertThat(settings.authenticates()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"smtp, SMTP", "SMTP, SMTP", "Log, LOG", "' log ', LOG"})
    void deliveryIgnoresCase(String value, Delivery expected) {
        assertThat(read(Map.of("office050.mail.delivery", value)).delivery()).isEqualTo(expected);
    }

    @Test
    void anUnknownDeliveryNamesTheKey() {
        assertThatThrownBy(() -> read(Map.of("office050.mail.delivery", "pigeon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("office050.mail.delivery");
    }

    @ParameterizedTest
    @CsvSource({
        "office050.mail.smtp.port, twenty-five",
        "office050.mail.smtp.port, 0",
        "office050.mail.smtp.port, 65536",
        "office050.mail.smtp.timeout-ms, 0",
        "office050.mail.smtp.timeout-ms, soon",
        "office050.mail.smtp.starttls, yes"
    })
    void anUnusableValueNamesItsKey(String key, String value) {
        assertThatThrownBy(() -> read(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"office050.mail.smtp.user", "office050.mail.smtp.password"})
    void userAndPasswordComeTogether(String onlyKey) {
        assertThatThrownBy(() -> read(Map.of(onlyKey, "something")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("office050.mail.smtp.user")
                .hasMessageNotContaining("something");
    }

    @Test
    void blankValuesCountAsUnset() {
        var settings = read(Map.of("office050.mail.smtp.host", "  ", "office050.mail.from-name", ""));

        assertThat(settings.host()).isEqualTo("localhost");
        assertThat(settings.fromName()).isEmpty();
    }

    @Test
    void toStringNeverShowsThePassword() {
        var settings = read(Map.of("office050.mail.smtp.user", "portal", "office050.mail.smtp.password", "hunter2-秘密"));

        assertThat(settings.toString()).contains("portal", "****").doesNotContain("hunter2", "秘密");
    }

    @Test
    void anInvalidSenderIsRejectedWhenTheMailerIsBuilt() {
        var settings = read(Map.of("office050.mail.from", "not an address"));

        assertThatThrownBy(() -> new Mailer(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("office050.mail.from");
    }
}
