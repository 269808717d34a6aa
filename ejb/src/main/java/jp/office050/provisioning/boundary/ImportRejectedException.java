package jp.office050.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** An import whose rows have problems: nothing was stored; the report says what is wrong with which row. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.problems().size() + " problems");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
