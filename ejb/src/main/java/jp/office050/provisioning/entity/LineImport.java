package jp.office050.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.contracts.entity.Contract;
import jp.office050.platform.entity.Utc;

/**
 * An import of lines whose initial passwords are made in the background: which contract, for which API token (only it
 * may follow the import and fetch the passwords), how many lines, the batch job's current execution, and when the
 * last password was made.
 */
@Entity
@Table(name = "line_import")
public class LineImport {

    @Id
    @SequenceGenerator(name = "line_import_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_import_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(name = "token_name", nullable = false, length = 64)
    private String tokenName;

    @Column(nullable = false)
    private int total;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected LineImport() {}

    public LineImport(Contract contract, String tokenName, int total, Instant now) {
        this.contract = contract;
        this.tokenName = tokenName;
        this.total = total;
        this.createdAt = Utc.column(now);
    }

    public boolean belongsTo(String token) {
        return tokenName.equals(token);
    }

    public void runsAs(long execution) {
        executionId = execution;
    }

    public void completed(Instant now) {
        completedAt = Utc.column(now);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public String getTokenName() {
        return tokenName;
    }

    public int getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getCompletedAt() {
        return Utc.instant(completedAt);
    }
}
