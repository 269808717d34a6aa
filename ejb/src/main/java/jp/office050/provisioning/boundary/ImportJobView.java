package jp.office050.provisioning.boundary;

import java.time.Instant;

/**
 * A background job giving imported lines their initial passwords, at the hash's pace.
 *
 * @param state {@code running}, {@code completed}, {@code failed} (resume it) or {@code stopped}
 * @param total lines to give a password
 * @param done lines that have one
 */
public record ImportJobView(long id, String contractNumber, String state, long total, long done, Instant startedAt) {}
