package jp.office050.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Facts of this machine and the CPU time of processes, from the JVM and /proc ("?" or -1 where it cannot tell). */
final class Machine {

    private Machine() {}

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").replaceFirst("^:\\s*", "");
    }

    static String memory() {
        return procLine("/proc/meminfo", "MemTotal:");
    }

    static String loadAverage() {
        String load = procLine("/proc/loadavg", "");
        String[] parts = load.split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : load;
    }

    /** CPU time used so far by a process (user + system, all threads), or -1 when the platform does not tell. */
    static long cpuNanos(ProcessHandle process) {
        return process == null
                ? -1
                : process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    static long cpuSince(ProcessHandle process, long before) {
        long now = cpuNanos(process);
        return before < 0 || now < 0 ? -1 : now - before;
    }

    /** Busy (user, nice, system, irq, softirq, steal) and total ticks of all CPUs, from /proc/stat. */
    static long[] ticks() {
        String[] f = procLine("/proc/stat", "cpu ").split("\\s+");
        if (f.length < 8) {
            return null;
        }
        long busy = 0;
        long total = 0;
        for (int i = 0; i < 8; i++) {
            long ticks = Long.parseLong(f[i]);
            total += ticks;
            busy += i == 3 || i == 4 ? 0 : ticks; // idle, iowait
        }
        return new long[] {busy, total};
    }

    /** Cores kept busy on average since {@code before} (from {@link #ticks()}), or NaN. */
    static double busyCoresSince(long[] before) {
        long[] now = ticks();
        if (before == null || now == null || now[1] == before[1]) {
            return Double.NaN;
        }
        return (double) (now[0] - before[0]) / (now[1] - before[1]) * cores();
    }

    /** The resident set size of a process in MiB (VmRSS of /proc/PID/status), or -1 where it cannot tell. */
    static long residentMiB(ProcessHandle process) {
        String rss = procLine("/proc/" + process.pid() + "/status", "VmRSS:");
        try {
            return Long.parseLong(rss.replace("kB", "").strip()) / 1024;
        } catch (NumberFormatException unknown) {
            return -1;
        }
    }

    private static String procLine(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(prefix.length()).strip())
                    .orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }
}
