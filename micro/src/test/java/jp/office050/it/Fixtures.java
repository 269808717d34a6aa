package jp.office050.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Client of the test-only endpoints (which answer in JSON): each test makes the contract it needs and reads the
 * outcomes a person cannot see on a page (lockout counters, the audit trail).
 */
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
        JsonObject made = Answers.object(client.post(
                "it/contract",
                Map.of(
                        "lines",
                        Integer.toString(lines),
                        "adminPassword",
                        ADMIN_PASSWORD,
                        "userPassword",
                        USER_PASSWORD)));
        return new TestContract(
                made.getString("adminId"),
                made.getString("number"),
                made.getJsonArray("loginIds").getValuesAs(JsonString::getString),
                made.getString("multipleNumberLoginId"));
    }

    /** Sets a contract's kept line count, as a change by hand in the database would leave it. */
    public void lineCount(String contractNumber, long lines) {
        Answers.object(client.post("it/line-count", Map.of("contract", contractNumber, "lines", Long.toString(lines))));
    }

    public void lock(String loginId) {
        Answers.object(client.post("it/lock", Map.of("loginId", loginId)));
    }

    /** Switches the test call control between recording calls and "no call control installed". */
    public void callControlAvailable(boolean available) {
        Answers.object(client.post("it/call-control", Map.of("available", Boolean.toString(available))));
    }

    /** The calls the test call control was asked for from a line: "callerNumber firstPhone callee" each. */
    public List<String> callsFrom(String lineNumber) {
        return Answers.array(client.fetch("it/calls?from=" + encode(lineNumber))).getValuesAs(JsonObject.class).stream()
                .map(call ->
                        call.getString("caller") + " " + call.getString("firstPhone") + " " + call.getString("callee"))
                .toList();
    }

    /** "registered=… locked=… failures=…" of an email account, or "none". */
    public String mailAccount(String identifier) {
        JsonObject account = Answers.object(client.fetch("it/mail-account?identifier=" + encode(identifier)));
        if (account.isEmpty()) {
            return "none";
        }
        return "registered=" + account.getBoolean("registered") + " " + lockout(account);
    }

    /** "locked=… failures=…" of an administrator ID. */
    public String administrator(String adminId) {
        return lockout(Answers.object(client.fetch("it/administrator?adminId=" + encode(adminId))));
    }

    public void tableDirectoryEntry(String identifier, String kind, String password, boolean migrated) {
        Answers.object(client.post(
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
        Answers.object(client.post("it/age-registration", Map.of("address", address)));
    }

    public long lineId(String loginId) {
        return Answers.object(client.fetch("it/line-id?loginId=" + encode(loginId)))
                .getJsonNumber("id")
                .longValue();
    }

    /** As "locked=… failures=… temporary=… lastLogin=…". */
    public String state(String loginId) {
        JsonObject line = Answers.object(client.fetch("it/line?loginId=" + encode(loginId)));
        return lockout(line) + " temporary=" + line.getBoolean("temporary") + " lastLogin="
                + line.getBoolean("lastLogin");
    }

    /** Audit events about a target, newest first, each "ACTION OUTCOME actor [via admin:ID] address". */
    public List<String> auditAbout(String target) {
        return Answers.array(client.fetch("it/audit?target=" + encode(target))).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " " + e.getString("outcome") + " " + e.getString("actor")
                        + (e.containsKey("via") ? " via " + e.getString("via") : "") + " " + e.getString("address"))
                .toList();
    }

    /** Rows the portal keeps for identifiers nobody has. */
    public long unknownIdentifiers() {
        return Answers.object(client.fetch("it/unknown-count"))
                .getJsonNumber("count")
                .longValue();
    }

    /** Moves the locks and failure windows of all unknown identifiers a day back. */
    public void ageUnknownIdentifiers() {
        Answers.object(client.post("it/age-unknown", Map.of()));
    }

    /** Runs the scheduled clean-up of unknown identifiers now; returns how many it forgot. */
    public int forgetSpentUnknownIdentifiers() {
        return Answers.object(client.post("it/forget-unknown", Map.of())).getInt("forgotten");
    }

    /** Moves the expiry of a line's temporary password into the past. */
    public void expireTemporaryPassword(String loginId) {
        Answers.object(client.post("it/expire-password", Map.of("loginId", loginId)));
    }

    /** From now on, the messages of the audit logger are kept for {@link #auditLog()}. */
    /** Past audit events of the admin's contract: see ItFixtures.pastEvents. */
    public void pastEvents(String adminId, int count, int daysAgo, String detail) {
        Answers.object(client.post(
                "it/audit-events",
                Map.of(
                        "adminId",
                        adminId,
                        "count",
                        Integer.toString(count),
                        "daysAgo",
                        Integer.toString(daysAgo),
                        "detail",
                        detail)));
    }

    /** Runs the audit trail's retention job now; how many events it removed. */
    public int purgeExpiredEvents() {
        return Answers.object(client.post("it/audit-purge", Map.of())).getInt("removed");
    }

    /** Makes a second factor required (or not) for administrator IDs and email accounts, as the setting does. */
    public void requireSecondFactor(boolean required) {
        Answers.object(client.post("it/second-factor-required", Map.of("required", Boolean.toString(required))));
    }

    /** How many notices wait in the outbox (neither sent nor given up). */
    public long noticesWaiting() {
        return Answers.object(client.fetch("it/notices-waiting"))
                .getJsonNumber("count")
                .longValue();
    }

    public void listenToAuditLog() {
        Answers.object(client.post("it/audit-log", Map.of()));
    }

    /** The messages the audit logger wrote since {@link #listenToAuditLog()}, each as written. */
    public List<String> auditLog() {
        return Answers.array(client.fetch("it/audit-log")).getValuesAs(JsonString::getString);
    }

    private static String lockout(JsonObject account) {
        return "locked=" + account.getBoolean("locked") + " failures=" + account.getInt("failures");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
