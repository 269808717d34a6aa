package jp.office050.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.office050.options.boundary.ChangedMeanwhileException;
import jp.office050.options.boundary.ClickDial;
import jp.office050.options.boundary.ClickDialView;
import jp.office050.options.boundary.NotSubscribedException;
import jp.office050.options.boundary.SettingsRejectedException;
import jp.office050.options.entity.CallOutcome;
import jp.office050.options.entity.RingFirst;
import org.omnifaces.util.Messages;

/** クリックダイヤル: the first phone, the address book and [発信]. */
@Named("clickDial")
@ViewScoped
public class ClickDialBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClickDial clickDial;

    @Inject
    SettingsLine line;

    private ClickDialView view;
    private boolean subscribed = true;
    private RingFirst ringFirst;
    private String registeredNumber;
    private String entryName;
    private String entryNumber;
    private String callee;

    @PostConstruct
    void load() {
        try {
            read();
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    public void saveSettings() {
        attempt("settings", () -> {
            clickDial.saveSettings(line.getLineId(), ringFirst, registeredNumber, view.getVersion());
            Messages.addGlobalInfo("settings.saved");
        });
    }

    public void addEntry() {
        attempt("book", () -> {
            clickDial.addEntry(line.getLineId(), entryName, entryNumber);
            entryName = null;
            entryNumber = null;
            Messages.addGlobalInfo("addressBook.added");
        });
    }

    public void removeEntry(long entryId) {
        attempt("book", () -> clickDial.removeEntry(line.getLineId(), entryId));
    }

    public void call(String number) {
        attempt("call", () -> {
            CallOutcome outcome = clickDial.call(line.getLineId(), number);
            if (outcome == CallOutcome.CONNECTING) {
                Messages.addGlobalInfo("call." + outcome);
            } else {
                Messages.addGlobalError("call." + outcome);
            }
        });
    }

    public void callTyped() {
        call(callee);
    }

    private void attempt(String form, Runnable action) {
        try {
            action.run();
            read();
        } catch (SettingsRejectedException rejected) {
            rejected.violations().forEach(v -> Messages.addError(form + ":" + v.field(), v.messageKey()));
        } catch (ChangedMeanwhileException changed) {
            read();
            Messages.addGlobalError("settings.changedMeanwhile");
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    private void read() {
        view = clickDial.view(line.getLineId());
        ringFirst = view.getRingFirst();
        registeredNumber = view.getRegisteredNumber();
    }

    public RingFirst[] getRingFirstChoices() {
        return RingFirst.values();
    }

    public ClickDialView getView() {
        return view;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public RingFirst getRingFirst() {
        return ringFirst;
    }

    public void setRingFirst(RingFirst ringFirst) {
        this.ringFirst = ringFirst;
    }

    public String getRegisteredNumber() {
        return registeredNumber;
    }

    public void setRegisteredNumber(String registeredNumber) {
        this.registeredNumber = registeredNumber;
    }

    public String getEntryName() {
        return entryName;
    }

    public void setEntryName(String entryName) {
        this.entryName = entryName;
    }

    public String getEntryNumber() {
        return entryNumber;
    }

    public void setEntryNumber(String entryNumber) {
        this.entryNumber = entryNumber;
    }

    public String getCallee() {
        return callee;
    }

    public void setCallee(String callee) {
        this.callee = callee;
    }
}
