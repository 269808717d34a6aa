package jp.office050.history.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Where a page of the audit trail ended: the next (older) page starts after this event. */
public record HistoryCursor(Instant occurredAt, long id) implements Serializable {}
