package jp.office050.bench;

/** The CPU counters of client, server and machine at the start of a series, to turn into a {@link Series}. */
final class Meter {

    private final ProcessHandle server;
    private final long clientCpu;
    private final long serverCpu;
    private final long[] machine;
    private final long start;

    private Meter(ProcessHandle server) {
        this.server = server;
        this.clientCpu = Machine.cpuNanos(ProcessHandle.current());
        this.serverCpu = Machine.cpuNanos(server);
        this.machine = Machine.ticks();
        this.start = System.nanoTime();
    }

    /** Reads the counters now; {@code server} may be null (no server yet). */
    static Meter start(ProcessHandle server) {
        return new Meter(server);
    }

    long startNanos() {
        return start;
    }

    long elapsedNanos() {
        return System.nanoTime() - start;
    }

    /** The series, with the CPU used since the start. */
    Series series(String name, int clients, int ok, int errors, long elapsedNanos, long[] latencies) {
        return new Series(
                name,
                clients,
                ok,
                errors,
                elapsedNanos,
                latencies,
                Machine.cpuSince(ProcessHandle.current(), clientCpu),
                Machine.cpuSince(server, serverCpu),
                Machine.busyCoresSince(machine));
    }
}
