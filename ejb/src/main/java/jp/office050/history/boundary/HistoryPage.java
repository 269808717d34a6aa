package jp.office050.history.boundary;

import java.util.List;

/** One page of the audit trail, newest first, and where the next (older) page starts, if there is one. */
public final class HistoryPage {

    private final List<HistoryEntry> entries;
    private final HistoryCursor older;

    HistoryPage(List<HistoryEntry> entries, HistoryCursor older) {
        this.entries = entries;
        this.older = older;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    /** Null on the last page. */
    public HistoryCursor getOlder() {
        return older;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
