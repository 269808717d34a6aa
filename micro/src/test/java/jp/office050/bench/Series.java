package jp.office050.bench;

import java.util.Arrays;

/** What one series measured: successes per second over its wall time, and the latencies of the successes. */
record Series(
        String name,
        int clients,
        int ok,
        int errors,
        long elapsedNanos,
        long[] latencies,
        long clientCpuNanos,
        long serverCpuNanos,
        double machineBusyCores) {

    /** A series that could not run at all, counted as one error. */
    static Series failed() {
        return new Series("", 0, 0, 1, 0, new long[0], -1, -1, Double.NaN);
    }

    double perSecond() {
        return elapsedNanos == 0 ? 0 : ok / (elapsedNanos / 1e9);
    }

    double percentileMillis(double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** CPU time of this JVM (all its threads) per operation. */
    double clientCpuMillisPerOp() {
        return perOp(clientCpuNanos);
    }

    /** CPU time of the Payara Micro process per operation. */
    double serverCpuMillisPerOp() {
        return perOp(serverCpuNanos);
    }

    private double perOp(long cpuNanos) {
        int ops = ok + errors;
        return cpuNanos < 0 || ops == 0 ? Double.NaN : cpuNanos / 1e6 / ops;
    }

    double cores(long cpuNanos) {
        return cpuNanos < 0 || elapsedNanos == 0 ? Double.NaN : (double) cpuNanos / elapsedNanos;
    }

    /** Cores kept busy by other processes (and stolen by the hypervisor) during the series. */
    double otherCores() {
        return machineBusyCores - known(cores(clientCpuNanos)) - known(cores(serverCpuNanos));
    }

    private static double known(double cores) {
        return Double.isNaN(cores) ? 0 : cores;
    }

    double minMillis() {
        return latencies.length == 0
                ? Double.NaN
                : Arrays.stream(latencies).min().getAsLong() / 1e6;
    }

    double maxMillis() {
        return latencies.length == 0
                ? Double.NaN
                : Arrays.stream(latencies).max().getAsLong() / 1e6;
    }
}
