package jp.office050.provisioning.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Properties;
import java.util.Set;
import jp.office050.provisioning.entity.LineImport;

/**
 * Starts, restarts and stops the password job of a background import (Jakarta Batch), and says how it stands. A job
 * starts only once the import's lines are committed, or it would find none of them; and it is started from the web
 * tier, not from an EJB: a job started by a bean with container-managed transactions inherits a context in which its
 * chunks may not begin their own transactions.
 */
@ApplicationScoped
public class ImportJobs {

    private static final System.Logger LOG = System.getLogger(ImportJobs.class.getName());

    private static final Set<BatchStatus> ACTIVE =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    ImportProgress progress;

    public void start(long importId) {
        long execution = operator().start(PasswordJob.NAME, parameters(importId));
        progress.runsAs(importId, execution);
        LOG.log(Level.INFO, "Import {0}: password job started (execution {1})", importId, execution);
    }

    /**
     * A stopped or failed job goes on with the lines still waiting (the boundary checked that it may); {@code last} is
     * its last execution, if any.
     */
    public void resume(long importId, Long last) {
        if (last != null && restartable(operator().getJobExecution(last).getBatchStatus())) {
            long execution = operator().restart(last, parameters(importId)); // a restart takes them anew
            progress.runsAs(importId, execution);
            LOG.log(Level.INFO, "Import {0}: password job restarted (execution {1})", importId, execution);
        } else {
            start(importId);
        }
    }

    public void stop(long execution) {
        operator().stop(execution);
    }

    public enum State {
        /** Stored, its job not yet started. */
        QUEUED,
        RUNNING,
        STOPPED,
        FAILED,
        COMPLETED
    }

    public State state(LineImport lineImport) {
        if (lineImport.isCompleted()) {
            return State.COMPLETED;
        }
        if (lineImport.getExecutionId() == null) {
            return State.QUEUED;
        }
        BatchStatus status;
        try {
            status = operator().getJobExecution(lineImport.getExecutionId()).getBatchStatus();
        } catch (RuntimeException unknownHere) { // another instance's job repository, or one that was reset
            return State.FAILED;
        }
        if (ACTIVE.contains(status)) {
            return State.RUNNING;
        }
        return status == BatchStatus.STOPPED ? State.STOPPED : State.FAILED;
    }

    private static Properties parameters(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        return parameters;
    }

    private static boolean restartable(BatchStatus status) {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
