package jp.office050.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorTokensTest {

    private static final String ORDERS = "o50_orders-token";
    private static final String DESK = "o50_desk-token";

    private static String hash(String token) {
        return HexFormat.of().formatHex(OperatorTokens.sha256(token));
    }

    @Test
    void aConfiguredTokenNamesItsHolderAndScopesAndNoOtherStringDoes() {
        var entries = OperatorTokens.parse("orders:provision+read:" + hash(ORDERS) + ", desk:unlock:" + hash(DESK));

        assertThat(OperatorTokens.holderAmong(entries, ORDERS))
                .hasValue(new OperatorTokens.Operator("orders", Set.of("provision", "read")));
        assertThat(OperatorTokens.holderAmong(entries, DESK))
                .hasValueSatisfying(o -> assertThat(o.scopes()).containsExactly("unlock"));
        assertThat(OperatorTokens.holderAmong(entries, ORDERS + " ")).isEmpty();
        assertThat(OperatorTokens.holderAmong(entries, hash(ORDERS)))
                .as("the hash is no token")
                .isEmpty();
        assertThat(OperatorTokens.holderAmong(entries, "")).isEmpty();
        assertThat(OperatorTokens.holderAmong(entries, null)).isEmpty();
    }

    @Test
    void malformedEntriesAreLeftOutAndTheOthersStillWork() {
        var entries = OperatorTokens.parse(String.join(
                ",",
                "noscope::" + hash("a"),
                "badscope:admin:" + hash("b"),
                "shorthash:read:abc",
                "bad/name:read:" + hash("c"),
                "UPPER:read:" + hash("d").toUpperCase(),
                "good:read:" + hash("e")));

        assertThat(entries).extracting(OperatorTokens.Entry::name).containsExactly("good");
        assertThat(OperatorTokens.holderAmong(entries, "b")).isEmpty();
        assertThat(OperatorTokens.holderAmong(entries, "e")).isPresent();
    }

    @Test
    void noPropertyMeansNoToken() {
        assertThat(OperatorTokens.parse("")).isEmpty();
        assertThat(OperatorTokens.parse("  ,  ")).isEmpty();
    }
}
