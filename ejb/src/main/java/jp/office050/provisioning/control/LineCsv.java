package jp.office050.provisioning.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV format of a line import: UTF-8 (a byte order mark is allowed), RFC 4180 (commas, double quotes), a header
 * row naming the columns {@code number}, {@code loginId}, {@code displayName} (required) and {@code kind},
 * {@code services} (optional), in any order; {@code services} lists option services separated by spaces or
 * semicolons. Each further row is one line.
 */
public final class LineCsv {

    public static final List<String> REQUIRED = List.of("number", "loginId", "displayName");
    public static final Set<String> KNOWN = Set.of("number", "loginId", "displayName", "kind", "services");

    /** The most rows one import takes. */
    public static final int MAX_ROWS = 20_000;

    /** One data row: its line number in the file (the header is line 1) and its fields, absent ones null. */
    public record Row(
            long line, String number, String loginId, String displayName, String kind, List<String> services) {}

    /** A row that could not be read as a row at all, or a header that is wrong. */
    public record Problem(long line, String field, String reason) {}

    public record Parsed(List<Row> rows, List<Problem> problems) {}

    private LineCsv() {}

    public static Parsed parse(Reader reader) {
        try {
            return parse(new String(readAll(reader)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char[] readAll(Reader reader) throws IOException {
        var out = new java.io.CharArrayWriter();
        reader.transferTo(out);
        return out.toCharArray();
    }

    /** The rows of a whole CSV text; each named by its line in the file, as an editor counts them. */
    public static Parsed parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(csv);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false)
                .setIgnoreHeaderCase(false)
                .get();
        try (CSVParser parser = format.parse(new java.io.StringReader(csv))) {
            List<String> header = parser.getHeaderNames();
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(new Problem(1, required, "the header row must name this column"));
                }
            }
            for (String column : header) {
                if (!KNOWN.contains(column)) {
                    problems.add(new Problem(1, column, "unknown column; the columns are " + String.join(", ", KNOWN)));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                long line = lineOf(lineStarts, firstCharacter(csv, record.getCharacterPosition()));
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, null, "more than " + MAX_ROWS + " rows: split the file"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(
                            new Problem(line, null, record.size() + " fields where the header has " + header.size()));
                    continue;
                }
                rows.add(new Row(
                        line,
                        field(record, "number"),
                        field(record, "loginId"),
                        field(record, "displayName"),
                        blankIsNull(field(record, "kind")),
                        services(field(record, "services"))));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            problems.add(
                    new Problem(0, null, "not a CSV file this import reads: " + firstLine(malformed.getMessage())));
        }
        return new Parsed(rows, problems);
    }

    private static String field(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : null;
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> services(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[\\s;]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static int[] lineStarts(String text) {
        var starts = new java.util.ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record really begins: the parser's position may lie before the empty lines it skipped. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
            at++;
        }
        return at;
    }

    /** The 1-based line where a character position lies. */
    private static long lineOf(int[] lineStarts, long position) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
