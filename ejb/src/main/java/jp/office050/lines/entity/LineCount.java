package jp.office050.lines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many ordinary lines a contract has, kept as lines are added and removed (V13), so that the user number list shows
 * its total without counting 100,000 lines on every showing. One row per contract that has had a line; changed once per
 * transaction, under a lock of the row ({@code LineCounts}).
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

    /** A contract's row, from an exact count of its ordinary lines. */
    public LineCount(long contractId, long ordinaryLines) {
        this.contractId = contractId;
        this.ordinaryLines = requireCount(ordinaryLines);
    }

    /** Some ordinary lines were added (a positive change) or removed (a negative one). */
    public void change(long lines) {
        ordinaryLines = requireCount(ordinaryLines + lines);
    }

    /** Whether removing this many lines would leave fewer than none: the count disagrees with the lines. */
    public boolean wouldFallBelowZero(long lines) {
        return ordinaryLines + lines < 0;
    }

    /** The count taken again from the lines themselves. */
    public void recounted(long lines) {
        ordinaryLines = requireCount(lines);
    }

    public long ordinaryLines() {
        return ordinaryLines;
    }

    private static long requireCount(long lines) {
        if (lines < 0) {
            throw new IllegalStateException("a contract's line count cannot fall below zero");
        }
        return lines;
    }
}
