package jp.office050.history.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.platform.entity.Utc;

/** One row of the audit page and of its CSV export (getters: Jakarta EL 5 reads no record components). */
public final class HistoryEntry {

    /** The columns {@link #of} reads, in its order. */
    static final String COLUMNS = "e.id, e.occurredAt, e.contractId, e.actor, e.via, e.onBehalfOf, e.action, e.target,"
            + " e.outcome, e.detail, e.sourceAddress";

    private final long id;
    private final Instant occurredAt;
    private final String contractNumber;
    private final String actor;
    private final String via;
    private final String onBehalfOf;
    private final Action action;
    private final String target;
    private final Outcome outcome;
    private final String detail;
    private final String sourceAddress;

    private HistoryEntry(Object[] row, String contractNumber) {
        this.id = ((Number) row[0]).longValue();
        this.occurredAt = Utc.instant((LocalDateTime) row[1]);
        this.contractNumber = contractNumber;
        this.actor = (String) row[3];
        this.via = (String) row[4];
        this.onBehalfOf = (String) row[5];
        this.action = (Action) row[6];
        this.target = (String) row[7];
        this.outcome = (Outcome) row[8];
        this.detail = (String) row[9];
        this.sourceAddress = (String) row[10];
    }

    /** A row of {@link #COLUMNS}; {@code contractNumber} names the contract of its contract id. */
    static HistoryEntry of(Object[] row, java.util.function.LongFunction<String> contractNumber) {
        return new HistoryEntry(row, contractNumber.apply(((Number) row[2]).longValue()));
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getActor() {
        return actor;
    }

    public String getVia() {
        return via;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getAction() {
        return action.name();
    }

    public String getTarget() {
        return target;
    }

    public String getOutcome() {
        return outcome.name();
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    HistoryCursor cursor() {
        return new HistoryCursor(occurredAt, id);
    }
}
