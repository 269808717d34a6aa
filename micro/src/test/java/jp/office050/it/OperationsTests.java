package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator's load balancer and monitoring system ask: health, readiness with its neighbours, metrics. */
abstract class OperationsTests extends PortalTests {

    private JsonObject health(String path) {
        var answer = new ApiClient(base, null).send("GET", "../../../health/" + path, null, Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    @Test
    void readyWhileTheDatabaseAnswersWithTheMailDirectoryAndSmtpServerAsData() {
        JsonObject ready = health("ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(check(ready, "database").getString("status")).isEqualTo("UP");
        JsonObject neighbours = check(ready, "neighbours");
        assertThat(neighbours.getString("status")).isEqualTo("UP");
        assertThat(neighbours.getJsonObject("data").getString("smtp")).isEqualTo("reachable");
        assertThat(neighbours.getJsonObject("data").getString("mailDirectory")).isIn("reachable", "not used (table)");
        assertThat(neighbours.toString()).doesNotContain("127.0.0.1").doesNotContain("ldap://");

        assertThat(health("live").getString("status")).isEqualTo("UP");
    }

    @Test
    void metricsAreForTheMonitoringTokenAndCountWhatHappens() {
        assertThat(new ApiClient(base, null).get("metrics").status()).isEqualTo(401);
        assertThat(new ApiClient(base, ApiClient.ORDERS).get("metrics").status())
                .isEqualTo(403);
        assertThat(new ApiClient(base, null)
                        .send("GET", "../../../metrics", null, Map.of())
                        .status())
                .as("Payara's own metrics endpoint is off")
                .isNotEqualTo(200);

        var monitor = new ApiClient(base, ApiClient.MONITOR);
        var before = monitor.get("metrics");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        double failures = value(before.body(), "office050_logins_total", "outcome=\"failure\"", "realm=\"admin\"");
        double hashes = value(before.body(), "office050_password_hash_seconds_count");

        var contract = fixtures.contract(1);
        new PortalClient(base).loginAdmin(contract.adminId(), "not the password");
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        admin.get("admin/lines.xhtml");

        String after = monitor.get("metrics").body();
        assertThat(value(after, "office050_logins_total", "outcome=\"failure\"", "realm=\"admin\""))
                .isEqualTo(failures + 1);
        assertThat(value(after, "office050_password_hash_seconds_count")).isGreaterThanOrEqualTo(hashes + 2);
        assertThat(value(after, "office050_line_list_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("office050_logins_total{").contains("outcome=\"success\"");
    }

    /** The value of the sample named {@code name} whose labels contain all of {@code labels}; 0 when there is none. */
    static double value(String scrape, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(scrape);
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
