package jp.office050.lines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many ordinary lines a contract has, as the database keeps it (a PostgreSQL trigger, V13_1) in the transaction
 * that adds or removes a line: the user number list's total without counting 100,000 lines on every showing. Read
 * only; where the database keeps none (H2), there is no row and the list counts.
 */
@Entity
@Table(name = "line_count")
public class LineCount {

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "ordinary_lines", nullable = false)
    private long ordinaryLines;

    protected LineCount() {}

    public long ordinaryLines() {
        return ordinaryLines;
    }
}
