package jp.office050.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

/** Paths and bounds, from system properties (set by the benchmark profile of micro/pom.xml). */
record Settings(
        Path microJar,
        Path war,
        Path preBoot,
        Path dir,
        String payaraVersion,
        String serverJvmOptions,
        int startSeconds,
        int deadlineSeconds,
        int hashSeconds,
        int maxHashes,
        int loginSeconds,
        int maxLogins,
        int loginWarmups,
        int unknownSeconds,
        int idleSeconds,
        int refusedSeconds,
        int maxRefused,
        int refusedWarmups,
        int warmups,
        int samples,
        int sampleSeconds,
        int listWarmSeconds,
        int listWarmMax,
        int loginWarmSeconds) {

    static Settings fromSystemProperties() {
        return new Settings(
                path("bench.microJar", "target/payara-micro.jar"),
                path("bench.war", "target/oa.war"),
                path("bench.preBoot", "../server-config/micro/pre-boot.asadmin"),
                path("bench.dir", "target/bench"),
                System.getProperty("bench.payaraVersion", "?"),
                System.getProperty("bench.serverJvmOptions", jvmOptions()),
                integer("bench.startSeconds", 150),
                integer("bench.deadlineSeconds", 660),
                integer("bench.hashSeconds", 4),
                integer("bench.maxHashes", 200),
                integer("bench.loginSeconds", 10),
                integer("bench.maxLogins", 1_000),
                integer("bench.loginWarmups", 4),
                integer("bench.unknownSeconds", 6),
                integer("bench.idleSeconds", 3),
                integer("bench.refusedSeconds", 5),
                integer("bench.maxRefused", 5_000),
                integer("bench.refusedWarmups", 20),
                integer("bench.warmups", 5),
                integer("bench.samples", 50),
                integer("bench.sampleSeconds", 60),
                integer("bench.listWarmSeconds", 150),
                integer("bench.listWarmMax", 10_000),
                integer("bench.loginWarmSeconds", 60));
    }

    Path log() {
        return dir.resolve("server.log");
    }

    /** The options ./run gives the JVM (server-config/micro/jvm.options), unless bench.serverJvmOptions says others. */
    private static String jvmOptions() {
        Path file = path("bench.jvmOptions", "../server-config/micro/jvm.options");
        try (var lines = Files.lines(file)) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("the JVM options of ./run: " + file, e);
        }
    }

    private static Path path(String name, String fallback) {
        return Paths.get(System.getProperty(name, fallback)).toAbsolutePath().normalize();
    }

    private static int integer(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }
}
