package jp.office050.provisioning.boundary;

import java.time.Instant;

/**
 * A background job giving imported lines their initial passwords, at the hash's pace.
 *
 * @param state {@code running}, {@code completed}, {@code failed} (resume it) or {@code stopped}
 * @param total lines to give a password
 * @param done lines done: given their password, or left out because they were removed or given a password (a
 *     reset) meanwhile
 */
public record ImportJobView(long id, String contractNumber, String state, long total, long done, Instant startedAt) {}
