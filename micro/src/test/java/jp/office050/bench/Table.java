package jp.office050.bench;

import java.util.Locale;

/** The rows of the result table: a label of 40 columns, then cells right-aligned in 9 columns, the last one free. */
final class Table {

    private Table() {}

    static String hashRow(Series s) {
        return hashRow("PBKDF2", s);
    }

    static String hashRow(String label, Series s) {
        return row(
                label,
                Integer.toString(s.clients()),
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.elapsedNanos() / 1e9, 1),
                fmt(s.perSecond(), 2),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(s.clientCpuMillisPerOp(), 1));
    }

    static String throughputRow(String what, Series s, Series reference, String against) {
        double ratio = reference.perSecond() == 0 ? Double.NaN : s.perSecond() / reference.perSecond();
        return row(
                what,
                Integer.toString(s.clients()),
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.elapsedNanos() / 1e9, 1),
                fmt(s.perSecond(), 2),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(ratio, 2) + " " + against);
    }

    static String latencyRow(String what, Series s, String rows) {
        return row(
                what,
                Integer.toString(s.ok()),
                Integer.toString(s.errors()),
                fmt(s.percentileMillis(0.5), 1),
                fmt(s.percentileMillis(0.95), 1),
                fmt(s.minMillis(), 1),
                fmt(s.maxMillis(), 1),
                fmt(s.serverCpuMillisPerOp(), 1),
                rows);
    }

    static String cpuRow(String what, Series s) {
        return row(
                what,
                fmt(s.serverCpuMillisPerOp(), 1),
                fmt(s.clientCpuMillisPerOp(), 1),
                fmt(s.cores(s.serverCpuNanos()), 2),
                fmt(s.cores(s.clientCpuNanos()), 2),
                fmt(s.otherCores(), 2),
                "");
    }

    static String row(String label, String... cells) {
        StringBuilder out = new StringBuilder(pad(label, 40));
        for (int i = 0; i < cells.length; i++) {
            out.append(' ');
            out.append(i == cells.length - 1 ? cells[i] : padLeft(cells[i], 9));
        }
        return out.toString().stripTrailing();
    }

    static String fmt(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value)
                ? "-"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Pads to a terminal width, counting CJK characters as two columns. */
    private static String pad(String text, int width) {
        int used = text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, width - used));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
