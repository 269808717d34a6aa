package jp.office050.audit.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night, removes the audit events older than the retention ({@code office050.audit.retention-days}, default
 * 400; 0 keeps every event), in batches of their own transaction, so that a first run over years of events neither
 * holds one long transaction nor locks the table for the writers. Each instance of a cluster runs it; the deletes do
 * not conflict.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRetention {

    private static final System.Logger LOG = System.getLogger("jp.office050.audit");

    static final int BATCH = 5_000;

    @Inject
    @ConfigProperty(name = "office050.audit.retention-days", defaultValue = "400")
    int retentionDays;

    @Inject
    ExpiredEvents expired;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "23", persistent = false)
    public void nightly() {
        purge();
    }

    /** Removes the expired events now; returns how many. */
    public int purge() {
        Optional<Instant> before = cutoff(clock.instant(), retentionDays);
        if (before.isEmpty()) {
            return 0;
        }
        int total = 0;
        int removed;
        do {
            removed = expired.removeBatch(before.get(), BATCH);
            total += removed;
        } while (removed == BATCH);
        LOG.log(
                Level.INFO,
                "Removed {0} audit events from before {1} (retention {2} days)",
                total,
                before.get(),
                retentionDays);
        return total;
    }

    /** Events before this instant are expired; none is with a retention of 0 (or less). */
    static Optional<Instant> cutoff(Instant now, int retentionDays) {
        return retentionDays <= 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(retentionDays)));
    }
}
