package jp.office050.history.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;

/**
 * What the audit page filters by; every part optional. Texts are stripped of control characters and cut to what a
 * name can be, so no request makes the query larger than a name.
 *
 * @param contract a contract number (for an email account with several contracts); one outside the caller's own is
 *     simply found in none
 * @param line a line's number or login ID
 * @param actor part of who did it ({@code admin:…}, {@code user:…}, {@code mail:…}, {@code operator:…})
 * @param from the first day (Japan time), inclusive
 * @param to the last day (Japan time), inclusive
 */
public record HistoryQuery(
        String contract, String line, Action action, Outcome outcome, String actor, LocalDate from, LocalDate to)
        implements Serializable {

    static final int MAX_TEXT = 254;

    public HistoryQuery {
        contract = clean(contract);
        line = clean(line);
        actor = clean(actor);
    }

    public static HistoryQuery everything() {
        return new HistoryQuery(null, null, null, null, null, null, null);
    }

    /** Whether the period runs backwards (then nothing can match: the page says so rather than show nothing). */
    public boolean periodReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "").strip();
        return cleaned.length() > MAX_TEXT ? cleaned.substring(0, MAX_TEXT) : cleaned;
    }
}
