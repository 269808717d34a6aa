package jp.office050.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.lines.boundary.LineSummary;
import jp.office050.lines.boundary.Lines;
import jp.office050.lines.boundary.ListHeading;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.web.MessageTexts;
import jp.office050.web.admin.proxy.ProxyGrants;
import jp.office050.web.security.Authenticator;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

/** 利用者番号一覧: the contract's lines, and [ロックアウトの解除] / [パスワードの初期化] on the selected one. */
@Named
@ViewScoped
public class LinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    record Search(String text, boolean lockedOnly) implements Serializable {}

    /** What the completion dialog shows after an action, until [OK]. */
    public enum Done {
        NONE,
        RELEASED,
        RESET
    }

    @Inject
    Lines lines;

    @Inject
    OptionSettings settings;

    @Inject
    ProxyGrants grants;

    @Inject
    Authenticator authenticator;

    private ListHeading heading;
    private LineDataModel model;
    private String searchText;
    private boolean lockedOnly;
    private LineSummary selected;
    private Done done = Done.NONE;
    private String doneFor;
    private String newPassword;

    private long lockedNow;

    @PostConstruct
    void init() {
        heading = lines.heading();
        model = new LineDataModel(lines);
        lockedNow = lines.lockedNow();
    }

    public void applySearch() {
        model.search(new Search(searchText, lockedOnly));
        selected = null;
    }

    /** The "locked now" link: the list shows the locked lines only, whatever was searched before. */
    public void showLocked() {
        searchText = "";
        lockedOnly = true;
        applySearch();
        lockedNow = lines.lockedNow();
    }

    /** How many lines were locked when the page was shown, the link followed or a lockout released. */
    public long getLockedNow() {
        return lockedNow;
    }

    /**
     * [ユーザ画面参照], posted into the line's own window: the boundary checks that the line may be set on the user's
     * behalf and records the opening, then the window goes to the line's settings with a grant for it.
     */
    public void openProxy() throws IOException {
        if (selected == null) {
            Messages.addGlobalError("lines.select.first");
            return;
        }
        long lineId = selected.getId();
        settings.openProxy(lineId);
        authenticator.redirect("/admin/proxy/index.xhtml?grant=%s", grants.grant(lineId));
    }

    /** [CSVダウンロード]: the list as on screen (the search applied, in its order), every page of it. */
    public void export() {
        byte[] csv = LinesCsv.of(lines.all(model.onScreen()), MessageTexts::text);
        Faces.sendFile(csv, "lines-" + heading.getContractNumber() + ".csv", true);
    }

    public void releaseLockout() {
        act(Done.RELEASED, () -> lines.releaseLockout(selected.getId()));
        lockedNow = lines.lockedNow();
    }

    public void resetPassword() {
        act(Done.RESET, () -> newPassword = lines.resetPassword(selected.getId()));
    }

    /** [OK] on the completion dialog: the new password is forgotten, it was shown once. */
    public void acknowledge() {
        done = Done.NONE;
        doneFor = null;
        newPassword = null;
    }

    private void act(Done outcome, Runnable action) {
        if (selected == null) {
            Messages.addGlobalError("lines.select.first");
            return;
        }
        try {
            action.run();
            done = outcome;
            doneFor = selected.getLoginId();
        } catch (NotPermittedException refused) {
            Messages.addGlobalError("refused." + refused.reason().name());
        }
        selected = null;
    }

    /**
     * The option services of a row, as the list names them ("転送・留守番、非通知拒否"), or that there are none, as the
     * CSV export writes them.
     */
    public String services(LineSummary line) {
        return ListTexts.services(line, key -> MessageTexts.text(key));
    }

    /**
     * The paginator's "1–20 of 10,000"; a search that found more than it counts says "more than 1,000" and shows the
     * first of them.
     */
    public String getPageReport() {
        return model.isMore()
                ? MessageTexts.text("lines.pageReport.more", Lines.SEARCH_COUNT_LIMIT)
                : MessageTexts.text("lines.pageReport");
    }

    public ListHeading getHeading() {
        return heading;
    }

    public LazyDataModel<LineSummary> getModel() {
        return model;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public boolean isLockedOnly() {
        return lockedOnly;
    }

    public void setLockedOnly(boolean lockedOnly) {
        this.lockedOnly = lockedOnly;
    }

    public LineSummary getSelected() {
        return selected;
    }

    public void setSelected(LineSummary selected) {
        this.selected = selected;
    }

    public Done getDone() {
        return done;
    }

    public String getDoneFor() {
        return doneFor;
    }

    public String getNewPassword() {
        return newPassword;
    }
}
