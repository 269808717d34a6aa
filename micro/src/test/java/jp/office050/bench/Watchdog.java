package jp.office050.bench;

import java.util.concurrent.TimeUnit;

/** Ends a run that overstays its deadline or outlives its parent (Maven), stopping the server first. */
final class Watchdog {

    private Watchdog() {}

    static void start(int deadlineSeconds) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(deadlineSeconds));
                    } catch (InterruptedException e) {
                        return;
                    }
                    abort("still running after " + deadlineSeconds + " s (bench.deadlineSeconds)", 3);
                },
                "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        // Killing Maven does not end the java it started with exec:exec: end with it rather than run on orphaned.
        ProcessHandle.current()
                .parent()
                .filter(parent -> parent.pid() != 1)
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> abort("the parent process " + parent.pid() + " has ended", 4)));
    }

    /** Stops the server and ends this JVM at once (the shutdown hook would stop the server too). */
    private static void abort(String why, int status) {
        System.out.println("BENCHMARK ABORTED: " + why + "; stopping the server");
        System.out.flush();
        Server.stopRunning();
        Runtime.getRuntime().halt(status);
    }
}
