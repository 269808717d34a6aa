package jp.office050.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs operations bounded in count and time, counts their errors and measures them as a {@link Series}. */
final class Harness {

    private final Settings settings;
    private final Errors errors;
    private volatile ProcessHandle server;

    Harness(Settings settings, Errors errors) {
        this.settings = settings;
        this.errors = errors;
    }

    /** The server process whose CPU time the series from now on account for. */
    void watch(ProcessHandle server) {
        this.server = server;
    }

    /** The CPU the server burns on its own (background work, JIT compiling after the start), with no requests. */
    Series idle(int seconds) throws InterruptedException {
        Progress.print("server idle for " + seconds + " s");
        Meter meter = Meter.start(server);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        return meter.series("idle", 0, 0, 0, meter.elapsedNanos(), new long[0]);
    }

    /** Runs {@code clients} threads for at most {@code seconds} and {@code maxOps} operations in all. */
    Series concurrently(String name, int clients, int seconds, int maxOps, IntFunction<Op> opForClient) {
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("bench-" + name));
        CountDownLatch go = new CountDownLatch(1);
        Tally tally = new Tally(name, maxOps);
        long[] finished = new long[clients];
        Meter meter = Meter.start(server);
        long deadline = meter.startNanos() + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Op op = opForClient.apply(client);
            pool.execute(() -> {
                try {
                    go.await();
                    tally.runUntil(deadline, op);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished[client] = System.nanoTime();
                }
            });
        }
        go.countDown();
        awaitWorkers(pool, tally, seconds);
        long end = Arrays.stream(finished).max().orElse(System.nanoTime());
        long[] took = tally.latencies.stream().mapToLong(Long::longValue).toArray();
        return meter.series(
                name, clients, tally.ok.get(), tally.errors.get(), Math.max(0, end - meter.startNanos()), took);
    }

    /** {@link #concurrently}, unmeasured: a warm-up, whose failures count as errors of the run. */
    void warmUpConcurrently(String name, int clients, int seconds, int maxOps, IntFunction<Op> opForClient) {
        Series warmUp = concurrently(name, clients, seconds, maxOps, opForClient);
        if (warmUp.errors() > 0) {
            errors.count(name + ": " + warmUp.errors() + " failed");
        }
    }

    /** Sequential latency samples after warm-ups, bounded in count and in time. */
    Series sample(Op op) {
        return sample(op, settings.warmups());
    }

    int warmups() {
        return settings.warmups();
    }

    /** The same with this many warm-ups (a freshly started server needs more to be measured warm). */
    Series sample(Op op, int warmups) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.sampleSeconds());
        for (int i = 0; i < warmups && System.nanoTime() < deadline; i++) {
            attempt(op);
        }
        List<Long> latencies = new ArrayList<>();
        int failed = 0;
        Meter meter = Meter.start(server);
        for (int i = 0; i < settings.samples() && System.nanoTime() < deadline; i++) {
            long t0 = System.nanoTime();
            String error = attempt(op);
            long took = System.nanoTime() - t0;
            if (error == null) {
                latencies.add(took);
            } else {
                failed++;
                errors.count(error);
            }
        }
        long[] took = latencies.stream().mapToLong(Long::longValue).toArray();
        return meter.series("sample", 1, took.length, failed, meter.elapsedNanos(), took);
    }

    /** How many requests of one operation run in a row when two are measured alternately. */
    static final int ALTERNATION_BLOCK = 5;

    /**
     * Two operations measured alternately, {@link #ALTERNATION_BLOCK} of one then as many of the other, after as many
     * warm-ups of each (alternated as well), so that both meet the same JIT and the same machine: a series each, with
     * the server's and this JVM's CPU of its own blocks. Bounded as {@link #sample(Op, int)} is for one operation, twice
     * as long for the two; a series that got no sample in that time counts as an error, not as an empty row.
     */
    Series[] sampleAlternately(Op first, Op second, int warmups) {
        long deadline = System.nanoTime() + 2 * TimeUnit.SECONDS.toNanos(settings.sampleSeconds());
        for (int i = 0; i < warmups && System.nanoTime() < deadline; i++) {
            attempt(first);
            attempt(second);
        }
        Op[] ops = {first, second};
        List<List<Long>> latencies = List.of(new ArrayList<>(), new ArrayList<>());
        int[] failed = new int[2];
        long[] elapsed = new long[2];
        long[] clientCpu = new long[2];
        long[] serverCpu = new long[2];
        int done = 0;
        while (done < settings.samples() && System.nanoTime() < deadline) {
            int block = Math.min(ALTERNATION_BLOCK, settings.samples() - done);
            for (int which = 0; which < 2; which++) {
                long client0 = Machine.cpuNanos(ProcessHandle.current());
                long server0 = Machine.cpuNanos(server);
                long start = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    long t0 = System.nanoTime();
                    String error = attempt(ops[which]);
                    long took = System.nanoTime() - t0;
                    if (error == null) {
                        latencies.get(which).add(took);
                    } else {
                        failed[which]++;
                        errors.count(error);
                    }
                }
                elapsed[which] += System.nanoTime() - start;
                clientCpu[which] += Machine.cpuSince(ProcessHandle.current(), client0);
                serverCpu[which] += Machine.cpuSince(server, server0);
            }
            done += block;
        }
        Series[] series = new Series[2];
        for (int which = 0; which < 2; which++) {
            long[] took =
                    latencies.get(which).stream().mapToLong(Long::longValue).toArray();
            if (took.length == 0 && failed[which] == 0) {
                failed[which]++;
                errors.count("alternated measure: no sample within " + 2 * settings.sampleSeconds() + " s");
            }
            series[which] = new Series(
                    "alternate",
                    1,
                    took.length,
                    failed[which],
                    elapsed[which],
                    took,
                    clientCpu[which],
                    serverCpu[which],
                    Double.NaN);
        }
        return series;
    }

    void warmUp(Op op, int times) {
        for (int i = 0; i < times; i++) {
            String error = attempt(op);
            if (error != null) {
                errors.count("warm-up: " + error);
            }
        }
    }

    private void awaitWorkers(ExecutorService pool, Tally tally, int seconds) {
        pool.shutdown();
        try {
            // An operation can overrun the deadline by at most the HTTP timeout (60 s).
            if (!pool.awaitTermination(seconds + 90L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                tally.errors.incrementAndGet();
                errors.count(tally.name + ": workers did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    private static String attempt(Op op) {
        try {
            return op.run();
        } catch (Throwable e) {
            return Errors.describe(e);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The shared counts of the threads of one series, and the budget of operations they draw on. */
    private final class Tally {
        final String name;
        final AtomicInteger budget;
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        Tally(String name, int maxOps) {
            this.name = name;
            this.budget = new AtomicInteger(maxOps);
        }

        void runUntil(long deadline, Op op) {
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                long t0 = System.nanoTime();
                String error = attempt(op);
                long took = System.nanoTime() - t0;
                if (error == null) {
                    ok.incrementAndGet();
                    latencies.add(took);
                } else {
                    errors.incrementAndGet();
                    Harness.this.errors.count(name + ": " + error);
                }
            }
        }
    }
}
