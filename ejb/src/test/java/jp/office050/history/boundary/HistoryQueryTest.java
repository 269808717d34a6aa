package jp.office050.history.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

    @Test
    void textsAreStrippedOfControlCharactersAndCutToANamesLength() {
        var query = new HistoryQuery(" 05000000001\n", "u1\u0000", null, null, "x".repeat(5000), null, null);

        assertThat(query.contract()).isEqualTo("05000000001");
        assertThat(query.line()).isEqualTo("u1");
        assertThat(query.actor()).hasSize(HistoryQuery.MAX_TEXT);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsReversed() {
        var day = LocalDate.of(2026, 12, 2);

        assertThat(new HistoryQuery(null, null, null, null, null, day, day.minusDays(1)).periodReversed())
                .isTrue();
        assertThat(new HistoryQuery(null, null, null, null, null, day, day).periodReversed())
                .isFalse();
        assertThat(HistoryQuery.everything().periodReversed()).isFalse();
    }
}
