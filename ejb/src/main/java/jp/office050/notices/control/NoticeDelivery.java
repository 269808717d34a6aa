package jp.office050.notices.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's due notices every few seconds ({@code office050.notice.poll-seconds}, default 10), each in a
 * transaction of its own, and once an hour forgets the ones sent or given up a month ago. Every instance of a cluster
 * runs it; a notice is sent by whichever claims it first.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeDelivery {

    private static final System.Logger LOG = System.getLogger("jp.office050.mail");
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    NoticeAttempts attempts;

    @Inject
    @ConfigProperty(name = "office050.notice.poll-seconds", defaultValue = "10")
    long pollSeconds;

    private long runs;

    @PostConstruct
    void start() {
        long every = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @Timeout
    void deliver() {
        try {
            for (Long id : attempts.due(BATCH)) {
                try {
                    attempts.attempt(id);
                } catch (RuntimeException claimedElsewhereOrFailed) {
                    LOG.log(Level.DEBUG, "Notice {0} not attempted here: {1}", id, claimedElsewhereOrFailed);
                }
            }
            if (++runs % Math.max(1, 3600 / Math.max(1, pollSeconds)) == 0) {
                attempts.forgetOld();
            }
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.WARNING, "Notices not sent this time: {0}", databaseAway.toString());
        }
    }
}
