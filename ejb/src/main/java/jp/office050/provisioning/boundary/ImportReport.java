package jp.office050.provisioning.boundary;

import java.util.List;

/**
 * What an import of lines found or did.
 *
 * @param dryRun true: only checked, nothing stored
 * @param rows the data rows read
 * @param problems every problem of every row (the header is line 1); an import with problems stores nothing
 * @param created the lines stored (a real run without problems), each with its initial password when asked for
 * @param job the background job that gives the lines their initial passwords, when there are too many to wait for
 */
public record ImportReport(
        boolean dryRun, int rows, List<RowProblem> problems, List<ImportedLine> created, ImportJobView job) {

    /** One problem: the file's line, the column (null for the whole row), the reason. */
    public record RowProblem(long line, String field, String reason) {}

    /** A line the import stored. */
    public record ImportedLine(String number, String loginId, String initialPassword) {}
}
