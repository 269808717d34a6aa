package jp.office050.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/** A click-dial call that was asked for, and what the call control answered. */
@Entity
@Table(name = "click_dial_call")
@NamedQuery(
        name = ClickDialCall.RECENT,
        query = "SELECT c FROM ClickDialCall c WHERE c.lineId = :lineId ORDER BY c.requestedAt DESC, c.id DESC")
public class ClickDialCall implements Serializable {

    public static final String RECENT = "ClickDialCall.recent";

    @Id
    @SequenceGenerator(name = "call_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_ids")
    private Long id;

    @Column(name = "line_id", nullable = false)
    private Long lineId;

    @Column(nullable = false)
    private String callee;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    protected ClickDialCall() {}

    public ClickDialCall(long lineId, String callee, Instant requestedAt, String requestedBy, CallOutcome outcome) {
        this.lineId = lineId;
        this.callee = callee;
        this.requestedAt = Utc.column(requestedAt);
        this.requestedBy = requestedBy;
        this.outcome = outcome;
    }

    public String getCallee() {
        return callee;
    }

    public Instant getRequestedAt() {
        return Utc.instant(requestedAt);
    }

    public CallOutcome getOutcome() {
        return outcome;
    }
}
