package jp.office050.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro instance of a cluster, as a child process of the test: started with the portal's WAR, stopped
 * politely or killed ({@code kill -9}), and started again on the same ports. Its log goes to {@code <name>.log}.
 */
public final class MicroInstance implements AutoCloseable {

    /** What every instance of the cluster shares: runtime, archive, configuration files, data grid, database. */
    public record Cluster(
            Path microJar,
            Path war,
            Path postgresJar,
            Path preBoot,
            Path postBoot,
            Path dir,
            String members,
            String name,
            Map<String, String> environment,
            List<String> jvmOptions) {}

    private final Cluster cluster;
    private final String name;
    private final int httpPort;
    private final int hzPort;
    private final Thread hook = new Thread(this::kill, "stop-micro-instance");
    private Process process;
    private int starts;

    /** An instance not yet started; what an earlier run left of one by this name is removed. */
    public MicroInstance(Cluster cluster, String name, int httpPort, int hzPort) throws IOException {
        this.cluster = cluster;
        this.name = name;
        this.httpPort = httpPort;
        this.hzPort = hzPort;
        OwnPostgres.deleteTree(cluster.dir().resolve(name));
        try (var logs = Files.newDirectoryStream(cluster.dir(), name + "*.log")) {
            for (Path log : logs) {
                Files.delete(log);
            }
        }
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The portal's address on this instance. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/oa/");
    }

    public URI root() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    public String name() {
        return name;
    }

    public Path log() {
        return cluster.dir().resolve(name + (starts > 1 ? "-" + starts : "") + ".log");
    }

    /** Starts the process (a fresh runtime directory, the same ports); {@link #awaitReady} waits for it. */
    public void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        Path home = cluster.dir().resolve(name);
        // a fresh runtime directory: Micro keeps its configuration (and the archive it deployed) there
        Path root = home.resolve("root-" + starts);
        if (Files.exists(root)) {
            throw new IllegalStateException(root + " exists: the cluster's directory must be new");
        }
        Files.createDirectories(root);
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(cluster.jvmOptions());
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-Dhazelcast.socket.bind.any=false",
                "-jar",
                cluster.microJar().toString(),
                "--deploy",
                cluster.war().toString(),
                "--contextroot",
                "oa",
                "--port",
                Integer.toString(httpPort),
                "--name",
                name,
                "--interfaces",
                "127.0.0.1",
                "--clustermode",
                "tcpip:" + cluster.members(),
                "--clustername",
                cluster.name(),
                "--startport",
                Integer.toString(hzPort),
                "--nohostaware",
                "--prebootcommandfile",
                cluster.preBoot().toString(),
                "--postbootcommandfile",
                cluster.postBoot().toString(),
                "--addlibs",
                cluster.postgresJar().toString(),
                "--rootdir",
                root.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(cluster.environment());
        process = builder.start();
    }

    /** Waits until {@code /health/ready} answers UP; fails at once when the process ends. */
    public void awaitReady(Duration within) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(
                        HttpClient.Version
                                .HTTP_1_1) // an h2c upgrade asked of a starting server once hung the connection
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + within.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
                        + " before it was ready; the end of " + log() + ":\n" + tail());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(root().resolve("health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.getClass().getSimpleName();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                name + " was not ready within " + within + " (" + last + "); the end of " + log() + ":\n" + tail());
    }

    /** {@code kill -9}: the instance is gone at once, with whatever it held in memory. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A polite stop (SIGTERM), as an operator stops an instance; forced after 30 s. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Everything the instance has logged since its last start. */
    public String logText() throws IOException {
        return Files.readString(log(), StandardCharsets.UTF_8);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running
        }
    }
}
