package jp.office050.provisioning.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.provisioning.boundary.ImportJobView;
import jp.office050.provisioning.boundary.ImportStanding;

/**
 * Starts, restarts and stops the password job of a background import (Jakarta Batch), and says how it stands; used by
 * the web tier only, after the boundary ({@code LineImports}) checked whose import it is. A job
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

    /** A stopped or failed job (or one never started) goes on with the lines still waiting. */
    public void resume(ImportStanding standing) {
        State state = state(standing);
        if (state == State.COMPLETED || state == State.RUNNING) {
            throw new ConflictException(null, "the import is " + state.name().toLowerCase(Locale.ROOT));
        }
        Optional<BatchStatus> last = status(standing);
        if (last.isPresent() && restartable(last.get())) {
            long execution = operator().restart(standing.executionId(), parameters(standing.id()));
            progress.runsAs(standing.id(), execution);
            LOG.log(Level.INFO, "Import {0}: password job restarted (execution {1})", standing.id(), execution);
        } else {
            start(standing.id()); // never started, or an execution this job repository does not know
        }
    }

    public void stop(ImportStanding standing) {
        State state = state(standing);
        if (state != State.RUNNING) {
            throw new ConflictException(null, "the import is " + state.name().toLowerCase(Locale.ROOT));
        }
        operator().stop(standing.executionId());
    }

    public enum State {
        /** Stored, its job not yet started. */
        QUEUED,
        RUNNING,
        STOPPED,
        FAILED,
        COMPLETED
    }

    public ImportJobView view(ImportStanding standing) {
        return standing.view(state(standing).name().toLowerCase(Locale.ROOT));
    }

    public State state(ImportStanding standing) {
        if (standing.completed()) {
            return State.COMPLETED;
        }
        if (standing.executionId() == null) {
            return State.QUEUED;
        }
        BatchStatus status = status(standing).orElse(BatchStatus.FAILED);
        if (status == BatchStatus.COMPLETED) {
            // the job has ended and its listener is about to mark the import complete: complete if every line is done
            return standing.done() >= standing.total() ? State.COMPLETED : State.FAILED;
        }
        if (ACTIVE.contains(status)) {
            return State.RUNNING;
        }
        return status == BatchStatus.STOPPED ? State.STOPPED : State.FAILED;
    }

    /**
     * The status of the import's last execution, if this job repository knows it as this import's (a repository kept
     * in memory starts counting executions again after a restart).
     */
    private Optional<BatchStatus> status(ImportStanding standing) {
        if (standing.executionId() == null) {
            return Optional.empty();
        }
        try {
            Properties parameters = operator().getParameters(standing.executionId());
            if (parameters == null || !Long.toString(standing.id()).equals(parameters.getProperty("importId"))) {
                return Optional.empty();
            }
            return Optional.of(
                    operator().getJobExecution(standing.executionId()).getBatchStatus());
        } catch (RuntimeException unknownHere) { // another instance's repository, or one that was reset
            return Optional.empty();
        }
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
