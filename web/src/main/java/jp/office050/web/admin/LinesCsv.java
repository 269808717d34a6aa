package jp.office050.web.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import jp.office050.lines.boundary.LineSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The user number list as a CSV file that Excel opens with its Japanese intact: UTF-8 with a byte order mark, CRLF, the
 * columns of the screen under the screen's headings. A value that a spreadsheet would take for a formula (=, +, -, @)
 * is written with a leading apostrophe, so that a name the provider stored cannot run anything.
 */
final class LinesCsv {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private LinesCsv() {}

    /** {@code text} gives the bundle's text for a key. */
    static byte[] of(List<LineSummary> lines, Function<String, String> text) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(
                    text.apply("line.number"),
                    text.apply("login.id"),
                    text.apply("line.name"),
                    text.apply("line.lock"),
                    text.apply("line.options"),
                    text.apply("line.temporary"),
                    text.apply("line.lastLogin"));
            for (LineSummary line : lines) {
                csv.printRecord(
                        asText(line.getNumber()),
                        line.getLoginId(),
                        safe(line.getDisplayName()),
                        line.isLocked()
                                ? text.apply("line.locked") + " " + WHEN.format(line.getLockedUntil())
                                : text.apply("line.notLocked"),
                        ListTexts.services(line, text),
                        line.isTemporaryExpired()
                                ? text.apply("line.temporary.expired")
                                : text.apply(line.isTemporaryPassword() ? "line.temporary.yes" : "line.temporary.no"),
                        line.getLastLogin() == null ? "" : WHEN.format(line.getLastLogin()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A number that must keep its leading zero: Excel would read 05011110001 as 5011110001, so it is written as the
     * text formula {@code ="05011110001"} (only ever for the validated digits of an 050 number).
     */
    static String asText(String digits) {
        return digits != null && digits.chars().allMatch(Character::isDigit) ? "=\"" + digits + "\"" : safe(digits);
    }

    /** A spreadsheet formula is written as text. */
    static String safe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
