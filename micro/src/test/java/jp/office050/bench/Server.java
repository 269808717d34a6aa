package jp.office050.bench;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/** Payara Micro with the demo data, as a child process that is always destroyed. */
final class Server implements AutoCloseable {

    private static final AtomicReference<Server> RUNNING = new AtomicReference<>();

    private final Process process;
    private final URI base;
    private final Path log;
    private final Thread hook;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private double startSeconds;

    private Server(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.hook = new Thread(this::stop, "bench-stop-server");
    }

    /**
     * A database other than the embedded H2: PostgreSQL's database {@code name} on 127.0.0.1:5432 (made afresh by the
     * caller), with the large demo contract of {@code largeContractLines} lines.
     */
    record Postgres(String name, int largeContractLines) {}

    /** The server as {@code ./run} starts it, on the embedded H2 database with the demo data. */
    static Server start(Settings settings) throws IOException, InterruptedException {
        return start(settings, null);
    }

    static Server start(Settings settings, Postgres postgres) throws IOException, InterruptedException {
        for (Path required : List.of(settings.microJar(), settings.war(), settings.preBoot())) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: build with mvn -pl micro -am verify");
            }
        }
        Path dir = settings.dir();
        if (!dir.getFileName().toString().equals("bench")) {
            throw new IllegalStateException("bench.dir must be a directory named bench, not " + dir);
        }
        Path log = settings.log();
        if (postgres == null) {
            deleteTree(dir); // fresh demo data (the three locked lines stay locked only for 30 minutes)
        } else {
            deleteTree(dir.resolve("postgres"));
            dir = Files.createDirectories(dir.resolve("postgres"));
            log = dir.resolve("server.log");
        }
        Path root = Files.createDirectories(dir.resolve("root"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/oa/");
        List<String> command = command(settings, port, base, root, tmp);
        if (postgres != null) {
            command.add(
                    command.indexOf("-jar"), "-Doffice050.demo.large-contract-lines=" + postgres.largeContractLines());
            command.addAll(List.of(
                    "--postbootcommandfile",
                    settings.preBoot()
                            .resolveSibling("post-boot-postgres.asadmin")
                            .toString(),
                    "--addlibs",
                    settings.war().resolveSibling("postgresql.jar").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().put("OFFICE050_BIND_ADDRESS", "127.0.0.1");
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // as ./run
        if (postgres != null) {
            builder.environment()
                    .putAll(Map.of(
                            "DB_HOST", "127.0.0.1",
                            "DB_PORT", "5432",
                            "DB_NAME", postgres.name(),
                            "DB_USER", "postgres",
                            "DB_PASSWORD", "postgres"));
        }

        Progress.print("starting Payara Micro on " + base);
        long started = System.nanoTime();
        Server server = new Server(builder.start(), base, log);
        RUNNING.set(server);
        Runtime.getRuntime().addShutdownHook(server.hook);
        try {
            Progress.print("Payara Micro pid " + server.process.pid());
            server.awaitReady(settings.startSeconds());
            server.startSeconds = (System.nanoTime() - started) / 1e9;
            return server;
        } catch (Throwable e) {
            server.close();
            throw e;
        }
    }

    private static List<String> command(Settings settings, int port, URI base, Path root, Path tmp) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.serverJvmOptions().trim().split("\\s+")));
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-Dh2.bindAddress=127.0.0.1",
                "-Doffice050.demo=true",
                "-Doffice050.public-url=" + base,
                "-Doffice050.session.cookie-secure=false",
                "-Doffice050.bench.parent=" + ProcessHandle.current().pid(),
                "-jar",
                settings.microJar().toString(),
                "--deploy",
                settings.war().toString(),
                "--contextroot",
                "oa",
                "--port",
                Integer.toString(port),
                "--nohazelcast",
                "--interfaces",
                "127.0.0.1",
                "--prebootcommandfile",
                settings.preBoot().toString(),
                "--rootdir",
                root.toString()));
        return command;
    }

    URI base() {
        return base;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    Path log() {
        return log;
    }

    double startSeconds() {
        return startSeconds;
    }

    /** Polls the front page until it shows the login form; fails when the process ends or time is up. */
    private void awaitReady(int seconds) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended with exit code " + process.exitValue()
                        + " before it answered; the end of " + log + ":\n" + tail());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(base)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 && response.body().contains("jakarta.faces.ViewState")) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.getClass().getSimpleName();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not answer within " + seconds + " s (" + last
                + "); the end of " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    static void stopRunning() {
        Server server = RUNNING.get();
        if (server != null) {
            server.stop();
        }
    }

    /** Ends the child and anything it started: politely, then by force. Safe to call more than once. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        long t0 = System.nanoTime();
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            Progress.print("Payara Micro (pid " + process.pid() + ") "
                    + (process.isAlive()
                            ? "STILL ALIVE after destroyForcibly"
                            : String.format(
                                    Locale.ROOT,
                                    "stopped in %.1f s, exit code %d",
                                    (System.nanoTime() - t0) / 1e9,
                                    process.exitValue())));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
