package jp.office050.bench;

import java.time.Duration;
import java.util.Locale;

/** The clock of the run: progress lines with the seconds since it started, and its wall time. */
final class Progress {

    private static volatile long started = System.nanoTime();

    private Progress() {}

    /** Starts the clock: the first thing the benchmark does. */
    static void start() {
        started = System.nanoTime();
    }

    static Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static void print(String what) {
        System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
        System.out.flush();
    }
}
