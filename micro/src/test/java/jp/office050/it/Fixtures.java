package jp.office050.it;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Client of the test-only endpoints: each test makes the contract it needs. */
public class Fixtures {

    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String USER_PASSWORD = "it-user-password";

    /** A contract made for one test: its admin ID, number, ordinary login IDs and its multiple-number login ID. */
    public record TestContract(String adminId, String number, List<String> loginIds, String multipleNumberLoginId) {}

    private final PortalClient client;

    public Fixtures(URI base) {
        this.client = new PortalClient(base);
    }

    public TestContract contract(int lines) {
        String[] parts = body(client.post(
                "it/contract",
                Map.of(
                        "lines",
                        Integer.toString(lines),
                        "adminPassword",
                        ADMIN_PASSWORD,
                        "userPassword",
                        USER_PASSWORD)));
        return new TestContract(
                parts[0], parts[1], Arrays.asList(parts).subList(2, parts.length - 1), parts[parts.length - 1]);
    }

    public void lock(String loginId) {
        body(client.post("it/lock", Map.of("loginId", loginId)));
    }

    /** Switches the test call control between recording calls and "no call control installed". */
    public void callControlAvailable(boolean available) {
        body(client.post("it/call-control", Map.of("available", Boolean.toString(available))));
    }

    /** The calls the test call control was asked for from a line: "callerNumber firstPhone callee" each. */
    public List<String> callsFrom(String lineNumber) {
        String body = client.fetch("it/calls?from=" + lineNumber).body();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }

    /** "registered=… locked=… failures=…" of an email account, or "none". */
    public String mailAccount(String identifier) {
        return client.fetch("it/mail-account?identifier=" + encode(identifier)).body();
    }

    /** "locked=… failures=…" of an administrator ID. */
    public String administrator(String adminId) {
        return client.fetch("it/administrator?adminId=" + adminId).body();
    }

    public void tableDirectoryEntry(String identifier, String kind, String password, boolean migrated) {
        body(client.post(
                "it/directory",
                Map.of(
                        "identifier",
                        identifier,
                        "kind",
                        kind,
                        "password",
                        password,
                        "migrated",
                        Boolean.toString(migrated))));
    }

    public void ageRegistrationLinks(String address) {
        body(client.post("it/age-registration", Map.of("address", address)));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public long lineId(String loginId) {
        return Long.parseLong(client.fetch("it/line-id?loginId=" + loginId).body());
    }

    /** As "locked=… failures=… temporary=… lastLogin=…". */
    public String state(String loginId) {
        return client.fetch("it/line?loginId=" + loginId).body();
    }

    /** Audit events about a target, newest first, each "ACTION OUTCOME actor [via admin:ID] address". */
    public List<String> auditAbout(String target) {
        String body = client.fetch("it/audit?target=" + encode(target)).body();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }

    /** Rows the portal keeps for identifiers nobody has. */
    public long unknownIdentifiers() {
        return Long.parseLong(client.fetch("it/unknown-count").body());
    }

    /** Moves the locks and failure windows of all unknown identifiers a day back. */
    public void ageUnknownIdentifiers() {
        body(client.post("it/age-unknown", Map.of()));
    }

    /** Runs the scheduled clean-up of unknown identifiers now; returns how many it forgot. */
    public int forgetSpentUnknownIdentifiers() {
        return Integer.parseInt(body(client.post("it/forget-unknown", Map.of()))[0]);
    }

    /** Moves the expiry of a line's temporary password into the past. */
    public void expireTemporaryPassword(String loginId) {
        body(client.post("it/expire-password", Map.of("loginId", loginId)));
    }

    /** From now on, the messages of the audit logger are kept for {@link #auditLog()}. */
    public void listenToAuditLog() {
        body(client.post("it/audit-log", Map.of()));
    }

    /** The messages the audit logger wrote since {@link #listenToAuditLog()}, each as written. */
    public List<String> auditLog() {
        String body = client.fetch("it/audit-log").body();
        return body.isEmpty() ? List.of() : List.of(body.split("\u0000"));
    }

    private static String[] body(PortalClient.Page page) {
        if (page.status() != 200) {
            throw new IllegalStateException("fixture call failed: " + page.status() + " " + page.body());
        }
        return page.body().split(" ");
    }
}
