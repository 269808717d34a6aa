package jp.office050.credentials.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Every ten minutes, forgets the unknown identifiers whose lock and failure window have both ended, so that a flood
 * of random identifiers costs the database no more than the attempts of one window. Each instance of a cluster runs
 * it; the deletes do not conflict.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnknownIdentifierCleanup {

    private static final System.Logger LOG = System.getLogger(UnknownIdentifierCleanup.class.getName());

    @Inject
    LoginAttempts attempts;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void forgetSpent() {
        int forgotten = attempts.forgetSpentUnknown();
        if (forgotten > 0) {
            LOG.log(Level.INFO, "Forgot {0} unknown identifiers whose lock and failure window had ended", forgotten);
        }
    }
}
