package jp.office050.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.history.boundary.History;
import jp.office050.history.boundary.HistoryCursor;
import jp.office050.history.boundary.HistoryEntry;
import jp.office050.history.boundary.HistoryPage;
import jp.office050.history.boundary.HistoryQuery;
import jp.office050.history.boundary.HistoryScope;
import jp.office050.web.MessageTexts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * 操作履歴: the audit trail of the administrator's contract (or an email account's linked contracts), filtered, newest
 * first, a page at a time; [CSVダウンロード] gives every event the applied filter finds. The view keeps the filter and
 * where each page began, never the events of another request.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    History history;

    private HistoryScope scope;
    private String contract;
    private String line;
    private Action action;
    private Outcome outcome;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    /** The filter the shown page was found with (the form may have been changed since without [検索]). */
    private HistoryQuery applied = HistoryQuery.everything();

    /** Where each page after the first began, the shown one last. */
    private final ArrayList<HistoryCursor> starts = new ArrayList<>();

    private transient HistoryPage page;

    @PostConstruct
    void init() {
        scope = history.scope();
        load();
    }

    /** [検索]: the newest page of what the filter finds. */
    public void search() {
        HistoryQuery query = new HistoryQuery(contract, line, action, outcome, actor, from, to);
        if (query.periodReversed()) {
            Messages.addGlobalError("audit.period.reversed");
            return;
        }
        applied = query;
        starts.clear();
        load();
    }

    /** [条件をクリア] */
    public void clear() {
        contract = null;
        line = null;
        action = null;
        outcome = null;
        actor = null;
        from = null;
        to = null;
        search();
    }

    public void older() {
        HistoryCursor next = getPage().getOlder();
        if (next != null) {
            starts.add(next);
        }
        load();
    }

    public void newer() {
        if (!starts.isEmpty()) {
            starts.remove(starts.size() - 1);
        }
        load();
    }

    public void newest() {
        starts.clear();
        load();
    }

    /** [CSVダウンロード]: every event of the applied filter, newest first (not the form's unapplied changes). */
    public void export() {
        List<HistoryEntry> entries = history.export(applied);
        byte[] csv = AuditCsv.of(entries, MessageTexts::text);
        Faces.sendFile(csv, "audit-" + LocalDate.now(AuditCsv.JAPAN) + ".csv", true);
    }

    private void load() {
        page = history.page(applied, starts.isEmpty() ? null : starts.get(starts.size() - 1));
    }

    public HistoryPage getPage() {
        if (page == null) { // the view was restored from a serialised session
            load();
        }
        return page;
    }

    public HistoryScope getScope() {
        return scope;
    }

    public boolean isNewer() {
        return !starts.isEmpty();
    }

    public int getPageNumber() {
        return starts.size() + 1;
    }

    public Action[] getActions() {
        return Action.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public String getContract() {
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
