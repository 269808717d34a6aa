package jp.office050.it.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The telephone network of the call-flow tests, all on loopback: Kamailio with the portal's configuration
 * ({@code server-config/kamailio/kamailio.cfg}), asking the deployed portal; and SIPp as the caller, the line's phone,
 * the forwarding destination (behind the gateway address) and the voicemail. Kamailio is started once and stopped
 * when the test JVM ends; each SIPp ends by itself (a bounded number of calls, a global timeout).
 */
public final class Sip {

    private static final Path KAMAILIO = Path.of("/usr/sbin/kamailio");
    private static final Path SIPP = Path.of("/usr/bin/sipp");
    private static final String LOOPBACK = "127.0.0.1";

    private static Sip running;

    private final Path dir;
    private final int proxyPort;
    private final int gatewayPort;
    private final int voicemailPort;
    private final Process kamailio;

    /** The phone, the destination or the voicemail: one SIPp that answers one call as its scenario says. */
    public static final class Answerer implements AutoCloseable {
        private final Process process;
        private final Path log;

        Answerer(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        /** Whether an INVITE reached it (and it answered as it should) within the time. */
        public boolean answeredWithin(Duration time) throws InterruptedException {
            return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        }

        /** Whether any INVITE reached it at all so far (it is stopped then). */
        public boolean rang() throws IOException, InterruptedException {
            close();
            return Files.exists(log)
                    && Files.readString(log, StandardCharsets.ISO_8859_1).contains("INVITE sip:");
        }

        /** Stops it (its port is free again). */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private Sip(Path dir, int proxyPort, int gatewayPort, int voicemailPort, Process kamailio) {
        this.dir = dir;
        this.proxyPort = proxyPort;
        this.gatewayPort = gatewayPort;
        this.voicemailPort = voicemailPort;
        this.kamailio = kamailio;
    }

    /** Kamailio and SIPp are installed (Debian: kamailio, kamailio-utils-modules, kamailio-extra-modules, sip-tester). */
    public static boolean available() {
        return Files.isExecutable(KAMAILIO) && Files.isExecutable(SIPP);
    }

    /**
     * The network for the portal at {@code portal}, asking with {@code token}; started on first use, on free loopback
     * UDP ports. The configuration is {@code it.kamailio.cfg}; logs and scenarios go to {@code it.sip.dir}.
     */
    public static synchronized Sip start(URI portal, String token) throws IOException, InterruptedException {
        if (running != null) {
            return running;
        }
        Path dir = Files.createDirectories(Path.of(System.getProperty("it.sip.dir", "target/sip")));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        writeScenarios(scenarios);
        int proxy = freePort();
        int gateway = freePort();
        int voicemail = freePort();
        Path config = Path.of(System.getProperty("it.kamailio.cfg"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Process kamailio = new ProcessBuilder(
                        KAMAILIO.toString(),
                        "-DD",
                        "-E",
                        "-f",
                        config.toString(),
                        "-Y",
                        runtime.toString(),
                        "-w",
                        dir.toString(),
                        "-A",
                        "LISTEN=udp:" + LOOPBACK + ":" + proxy,
                        "-A",
                        "PORTAL=\"" + portal.resolve("api/v1/routing") + "\"",
                        "-A",
                        "TOKEN=\"" + token + "\"",
                        "-A",
                        "GATEWAY=\"" + LOOPBACK + ":" + gateway + "\"",
                        "-A",
                        "VOICEMAIL=\"" + LOOPBACK + ":" + voicemail + "\"")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("kamailio.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(kamailio::destroy, "stop-kamailio"));
        Thread.sleep(1500);
        if (!kamailio.isAlive()) {
            throw new IllegalStateException(
                    "Kamailio ended at start: " + Files.readString(dir.resolve("kamailio.log")));
        }
        running = new Sip(dir, proxy, gateway, voicemail, kamailio);
        return running;
    }

    private static void writeScenarios(Path into) throws IOException {
        String call = resource("call.xml");
        Files.writeString(
                into.resolve("call-200.xml"),
                call.replace("@EXPECT@", resource("expect-200.part")).replace("@FINAL@", "200"));
        for (String status : List.of("404", "433", "480", "486", "487")) {
            Files.writeString(
                    into.resolve("call-" + status + ".xml"),
                    call.replace("@EXPECT@", resource("expect-error.part")).replace("@FINAL@", status));
        }
        String answer = resource("answer.xml");
        for (String how : List.of("200", "486", "never")) {
            Files.writeString(
                    into.resolve("answer-" + how + ".xml"),
                    answer.replace("@ANSWERING@", resource("answer-" + how + ".part"))
                            .replace("@ANSWER@", how));
        }
        Files.writeString(into.resolve("register.xml"), resource("register.xml"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Sip.class.getResourceAsStream("/sipp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A phone of {@code line}, registered with the proxy, that answers the next call as {@code how} says. */
    public Answerer phone(String line, String how) throws IOException, InterruptedException {
        int port = port();
        Answerer phone = answerer(port, how, "phone-" + line);
        Process register = sipp(
                "register-" + line,
                List.of("-sf", scenario("register.xml"), "-s", line, "-key", "phone", LOOPBACK + ":" + port, "-m", "1"),
                LOOPBACK + ":" + proxyPort);
        if (!register.waitFor(20, TimeUnit.SECONDS) || register.exitValue() != 0) {
            register.destroyForcibly();
            throw new IllegalStateException("the phone of " + line + " could not register; see " + dir);
        }
        return phone;
    }

    /** The forwarding destination, behind the gateway address: answers the next call as {@code how} says. */
    public Answerer destination(String how) throws IOException {
        return answerer(gatewayPort, how, "destination");
    }

    /** The voicemail system: answers the next call. */
    public Answerer voicemail() throws IOException {
        return answerer(voicemailPort, "200", "voicemail");
    }

    /**
     * Calls {@code line} from {@code caller} (with the extra header line {@code header}, e.g. {@code Privacy: id});
     * true when the call ended with {@code expected} (200: answered, then hung up) within the time.
     */
    public boolean call(String line, String caller, String header, int expected, Duration within)
            throws IOException, InterruptedException {
        Process call = sipp(
                "call-" + line + "-" + expected,
                List.of(
                        "-sf",
                        scenario("call-" + expected + ".xml"),
                        "-s",
                        line,
                        "-key",
                        "caller",
                        caller,
                        "-key",
                        "privacy",
                        header == null ? "X-Test: none" : header,
                        "-m",
                        "1",
                        "-timeout",
                        within.toSeconds() + "s"),
                LOOPBACK + ":" + proxyPort);
        boolean ended = call.waitFor(within.toSeconds() + 5, TimeUnit.SECONDS);
        if (!ended) {
            call.destroyForcibly();
        }
        return ended && call.exitValue() == 0;
    }

    private Answerer answerer(int port, String how, String name) throws IOException {
        Path log = dir.resolve(name + "-" + port + "-messages.log");
        Files.deleteIfExists(log);
        Process process = sipp(
                name,
                List.of(
                        "-sf",
                        scenario("answer-" + how + ".xml"),
                        "-p",
                        Integer.toString(port),
                        "-m",
                        "1",
                        "-timeout",
                        "60s",
                        "-trace_msg",
                        "-message_file",
                        log.toString()),
                null);
        return new Answerer(process, log);
    }

    private Process sipp(String name, List<String> options, String remote) throws IOException {
        List<String> command = new ArrayList<>(List.of(SIPP.toString(), "-i", LOOPBACK, "-nostdin", "-bind_local"));
        command.addAll(options);
        if (!options.contains("-p")) {
            command.addAll(List.of("-p", Integer.toString(port())));
        }
        if (remote != null) {
            command.add(remote);
        }
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-sipp"));
        return process;
    }

    private String scenario(String name) {
        return dir.resolve("scenarios").resolve(name).toString();
    }

    private static int port() {
        return freePort();
    }

    /** A UDP port nobody uses on loopback now. */
    private static int freePort() {
        try (var socket = new java.net.DatagramSocket(0, java.net.InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kamailio's log so far, for a failure's message. */
    public String proxyLog() throws IOException {
        return Files.readString(dir.resolve("kamailio.log"), StandardCharsets.ISO_8859_1);
    }

    boolean alive() {
        return kamailio.isAlive();
    }
}
