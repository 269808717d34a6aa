package jp.office050.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineCsvTest {

    private static LineCsv.Parsed parse(String csv) {
        return LineCsv.parse(new StringReader(csv));
    }

    @Test
    void rowsAreReadByTheHeaderInAnyOrderWithExcelsByteOrderMarkAndQuotes() {
        var parsed = parse("\uFEFFdisplayName,number,loginId,services\r\n"
                + "\"山田, 太郎\",05012340001,u05012340001,forwarding click-dial\r\n"
                + "\r\n"
                + "佐藤 花子,05012340002,u05012340002,\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .containsExactly(
                        new LineCsv.Row(
                                2, "05012340001", "u05012340001", "山田, 太郎", null, List.of("forwarding", "click-dial")),
                        new LineCsv.Row(4, "05012340002", "u05012340002", "佐藤 花子", null, List.of()));
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedBeforeAnyRow() {
        var parsed = parse("number,name,loginId\n05012340001,x,u1\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(LineCsv.Problem::line, LineCsv.Problem::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, "displayName"),
                        org.assertj.core.groups.Tuple.tuple(1L, "name"));
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsNamedByItsLineAndTheOthersAreStillRead() {
        var parsed = parse("number,loginId,displayName\n05012340001,u1\n05012340002,u2,名前\n05012340003,u3,a,b\n");

        assertThat(parsed.rows()).extracting(LineCsv.Row::line).containsExactly(3L);
        assertThat(parsed.problems()).extracting(LineCsv.Problem::line).containsExactly(2L, 4L);
    }

    @Test
    void anUnclosedQuoteIsAProblemNotAnError() {
        var parsed = parse("number,loginId,displayName\n05012340001,u1,\"never closed\n");

        assertThat(parsed.problems()).isNotEmpty();
    }

    @Test
    void anEmptyBodyHasNoHeader() {
        assertThat(parse("").problems())
                .extracting(LineCsv.Problem::field)
                .contains("number", "loginId", "displayName");
    }
}
