package jp.office050.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import jp.office050.contracts.entity.OptionService;
import jp.office050.lines.boundary.LineSummary;
import org.junit.jupiter.api.Test;

class LinesCsvTest {

    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-02T03:30:00Z");

    private static String csv(List<LineSummary> lines) {
        byte[] bytes = LinesCsv.of(lines, key -> "[" + key + "]");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void excelFindsUtf8ByItsByteOrderMarkAndJapaneseAndCommasSurvive() {
        String text = csv(List.of(new LineSummary(
                1L,
                "05011110001",
                "u05011110001",
                "山田, 太郎",
                LOCKED_UNTIL,
                false,
                false,
                null,
                List.of(OptionService.FORWARDING, OptionService.CLICK_DIAL))));

        assertThat(text).startsWith("\uFEFF[line.number],[login.id],[line.name]");
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("\"=\"\"05011110001\"\"\",u05011110001,\"山田, 太郎\",[line.locked] 2026-12-02 12:30,"
                        + "[option.short.FORWARDING]、[option.short.CLICK_DIAL],[line.temporary.no],");
        assertThat(text).contains("\r\n");
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String text = csv(List.of(new LineSummary(
                2L,
                "05011110002",
                "u05011110002",
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                null,
                true,
                false,
                null,
                List.of())));

        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(LinesCsv.safe("+81")).isEqualTo("'+81");
        assertThat(LinesCsv.safe("-1")).isEqualTo("'-1");
        assertThat(LinesCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LinesCsv.safe("鈴木")).isEqualTo("鈴木");
    }
}
