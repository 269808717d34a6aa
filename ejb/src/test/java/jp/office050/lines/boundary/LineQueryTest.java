package jp.office050.lines.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.lines.boundary.LineQuery.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineQueryTest {

    private static LineQuery search(String text) {
        return new LineQuery(text, false, Sort.NUMBER, true, 0, 20);
    }

    @ParameterizedTest(name = "page size {0} -> {1}")
    @CsvSource({"-5, 1", "0, 1", "1, 1", "20, 20", "100, 100", "101, 100", "2147483647, 100"})
    void pageSizeIsKeptBetweenOneAndAHundred(int requested, int expected) {
        var query = new LineQuery("", false, Sort.NUMBER, true, 0, requested);

        assertThat(query.pageSize()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "first {0} -> {1}")
    @CsvSource({"-2147483648, 0", "-1, 0", "0, 0", "40, 40"})
    void aNegativeFirstRowStartsAtTheTop(int requested, int expected) {
        var query = new LineQuery("", false, Sort.NUMBER, true, requested, 20);

        assertThat(query.first()).isEqualTo(expected);
    }

    @Test
    void noSortMeansByNumber() {
        var query = new LineQuery("", false, null, false, 0, 20);

        assertThat(query.sort()).isEqualTo(Sort.NUMBER);
        assertThat(query.ascending()).isFalse();
    }

    @Test
    void aChosenSortIsKept() {
        assertThat(new LineQuery("", true, Sort.LAST_LOGIN, true, 0, 20).sort()).isEqualTo(Sort.LAST_LOGIN);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "|",
                "\"   \"|",
                "\"  tanaka \"|tanaka",
                "\"田中 太郎\"|田中 太郎",
                "\u3000田中\u3000|田中", // ideographic spaces from a Japanese keyboard
            })
    void searchTextIsStripped(String text, String expected) {
        assertThat(search(text).search()).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "050|%050%",
                "Tanaka|%tanaka%",
                "U0501|%u0501%",
                "100%|%100\\%%",
                "a_b|%a\\_b%",
                "back\\slash|%back\\\\slash%",
                "\\%_|%\\\\\\%\\_%",
                "%%|%\\%\\%%",
            })
    void theLikePatternFindsTheTextAnywhereLiterallyAndIgnoringCase(String text, String pattern) {
        assertThat(search(text).likePattern()).isEqualTo(pattern);
    }

    @Test
    void anEmptySearchMatchesEverything() {
        assertThat(search(null).likePattern()).isEqualTo("%%");
        assertThat(search("  ").likePattern()).isEqualTo("%%");
    }

    @Test
    void theSearchTextIsStrippedBeforeItBecomesAPattern() {
        var query = new LineQuery(" 0501 ", false, Sort.NUMBER, true, 0, 20);

        assertThat(query)
                .isEqualTo(new LineQuery("0501", false, Sort.NUMBER, true, 0, 20))
                .extracting(LineQuery::likePattern)
                .isEqualTo("%0501%");
    }
}
