package jp.office050.platform.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The portal's metrics, in Prometheus' text format (Micrometer, so that they are the same on Payara and on WildFly).
 * Most are counted from the audit trail, which every login, lock, release, reset and saved setting passes through:
 * <ul>
 *   <li>{@code office050_logins_total{realm, outcome}}: realm admin, user or mail; outcome success, failure, locked (the
 *       failure that locked the ID) or refused (while it was locked);
 *   <li>{@code office050_lockouts_begun_total{action}}, {@code office050_lockouts_released_total},
 *       {@code office050_password_resets_total}, {@code office050_settings_saves_total{service}};
 *   <li>{@code office050_audit_events_total{action, outcome}}: every event;
 *   <li>{@code office050_line_list_seconds}: the user number list's pages (count, sum, max, 50th/95th percentile);
 *   <li>{@code office050_password_hash_seconds}: each PBKDF2 hash (logins, resets, decoys);
 *   <li>{@code office050_routing_seconds{answer}}: each routing answer for an incoming call (ring, forward,
 *       voicemail, reject, unknown), with its 50th and 99th percentile.
 * </ul>
 */
@ApplicationScoped
public class Meters {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private final Timer lineList = Timer.builder("office050.line.list")
            .description("pages of the user number list")
            .publishPercentiles(0.5, 0.95)
            .register(registry);

    private final Timer passwordHash = Timer.builder("office050.password.hash")
            .description("PBKDF2 hashes")
            .publishPercentiles(0.5, 0.95)
            .register(registry);

    /** An audit event was recorded: {@code action} and {@code outcome} as the audit trail names them. */
    public void recorded(String action, String outcome) {
        String result = outcome.toLowerCase(Locale.ROOT);
        counter("office050.audit.events", "action", action.toLowerCase(Locale.ROOT), "outcome", result)
                .increment();
        if (action.endsWith("_LOGIN")) {
            String realm =
                    action.substring(0, action.length() - "_LOGIN".length()).toLowerCase(Locale.ROOT);
            counter("office050.logins", "realm", realm, "outcome", loginOutcome(outcome))
                    .increment();
        }
        if ("LOCKED".equals(outcome)) {
            counter("office050.lockouts.begun", "action", action.toLowerCase(Locale.ROOT))
                    .increment();
        }
        if (!"SUCCEEDED".equals(outcome)) {
            return;
        }
        switch (action) {
            case "LOCKOUT_RELEASE" -> counter("office050.lockouts.released").increment();
            case "PASSWORD_RESET" -> counter("office050.password.resets").increment();
            case "FORWARDING_CHANGE", "ANONYMOUS_REJECTION_CHANGE", "CLICK_DIAL_CHANGE", "ADDRESS_BOOK_CHANGE" ->
                counter(
                                "office050.settings.saves",
                                "service",
                                action.substring(0, action.length() - "_CHANGE".length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'))
                        .increment();
            default -> {
                // counted above only
            }
        }
    }

    private static String loginOutcome(String outcome) {
        return switch (outcome) {
            case "SUCCEEDED" -> "success";
            case "LOCKED" -> "locked";
            case "REFUSED" -> "refused";
            default -> "failure";
        };
    }

    /** A routing answer for an incoming call ({@code office050_routing_seconds{answer}}), and how long it took. */
    public void routed(String answer, long nanos) {
        routing.computeIfAbsent(
                        answer,
                        a -> Timer.builder("office050.routing")
                                .description("routing answers for incoming calls")
                                .tag("answer", a)
                                .publishPercentiles(0.5, 0.99)
                                .register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** One timer per kind of answer, looked up without building a meter id on every call. */
    private final java.util.Map<String, Timer> routing = new java.util.concurrent.ConcurrentHashMap<>();

    public <T> T timeLineList(Supplier<T> listing) {
        return lineList.record(listing);
    }

    public void passwordHashed(long nanos) {
        passwordHash.record(Duration.ofNanos(nanos));
    }

    /** Everything, in Prometheus' text format 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
