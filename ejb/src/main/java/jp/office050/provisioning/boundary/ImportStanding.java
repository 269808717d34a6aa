package jp.office050.provisioning.boundary;

import java.time.Instant;

/**
 * Where a background import of the caller's token stands in the database: how many of its lines have their password,
 * whether it is complete, and its batch job's last execution (whose status the web tier asks the job operator, as the
 * component that started the job may be the only one the batch runtime answers).
 */
public record ImportStanding(
        long id, String contractNumber, long total, long done, Instant createdAt, boolean completed, Long executionId) {

    public ImportJobView view(String state) {
        return new ImportJobView(id, contractNumber, state, total, done, createdAt);
    }
}
