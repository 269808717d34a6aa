package jp.office050.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    @Test
    void aJsonObjectInUtf8IsReadWithItsJapaneseText() {
        var object = JsonBodies.object("{\"displayName\":\"鈴木 一郎\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(object.getString("displayName")).isEqualTo("鈴木 一郎");
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        assertThat(JsonBodies.object(new byte[0])).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedRatherThanStoredAsReplacementCharacters() {
        byte[] body = {'{', '"', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

        assertRefused(body, "not well-formed JSON");
    }

    @Test
    void textInAnotherEncodingIsRefused() {
        assertRefused("{\"d\":\"鈴木\"}".getBytes(java.nio.charset.Charset.forName("Shift_JIS")), "not well-formed JSON");
    }

    @Test
    void aBodyNestedDeeperThanTheParserGoesIsRefusedNotAnInternalError() {
        String deep = "{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100);

        assertRefused(deep.getBytes(StandardCharsets.UTF_8), "not well-formed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":}", "nonsense", "{\"a\":1}}", "\uFEFF{\"a\":1}"})
    void malformedJsonIsRefused(String body) {
        assertRefused(body.getBytes(StandardCharsets.UTF_8), "not well-formed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null"})
    void jsonThatIsNotAnObjectIsRefused(String body) {
        assertRefused(body.getBytes(StandardCharsets.UTF_8), "must be a JSON object");
    }

    private static void assertRefused(byte[] body, String message) {
        assertThatThrownBy(() -> JsonBodies.object(body))
                .isInstanceOfSatisfying(
                        BadRequestBodyException.class,
                        e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(message);
    }
}
