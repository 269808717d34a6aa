package jp.office050.web.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import jp.office050.history.boundary.HistoryEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as a CSV file for Excel, as the user number list's ({@link LinesCsv}): UTF-8 with a byte order mark,
 * CRLF, the page's headings, Japan time to the second. The action and outcome are given in words and as their codes,
 * and the names as the trail keeps them, so a file can be both read and processed. Texts that a spreadsheet would take
 * for a formula are written as text: an actor or a detail can hold what somebody typed.
 */
final class AuditCsv {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(JAPAN);

    private AuditCsv() {}

    /** {@code text} gives the bundle's text for a key. */
    static byte[] of(List<HistoryEntry> entries, Function<String, String> text) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(
                    text.apply("audit.when"),
                    text.apply("contract.number"),
                    text.apply("audit.actor"),
                    text.apply("audit.via"),
                    text.apply("audit.action"),
                    text.apply("audit.action.code"),
                    text.apply("audit.target"),
                    text.apply("audit.outcome"),
                    text.apply("audit.outcome.code"),
                    text.apply("audit.detail"),
                    text.apply("audit.address"));
            for (HistoryEntry e : entries) {
                csv.printRecord(
                        WHEN.format(e.getOccurredAt()),
                        LinesCsv.asText(e.getContractNumber()),
                        LinesCsv.safe(e.getActor()),
                        LinesCsv.safe(e.getVia()),
                        text.apply("audit.action." + e.getAction()),
                        e.getAction(),
                        LinesCsv.safe(e.getTarget()),
                        text.apply("audit.outcome." + e.getOutcome()),
                        e.getOutcome(),
                        LinesCsv.safe(e.getDetail()),
                        LinesCsv.safe(e.getSourceAddress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
