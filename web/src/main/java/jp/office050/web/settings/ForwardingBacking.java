package jp.office050.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.office050.options.boundary.ChangedMeanwhileException;
import jp.office050.options.boundary.NotSubscribedException;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.options.boundary.SettingsRejectedException;
import jp.office050.options.entity.ForwardingChoice;
import jp.office050.options.entity.Greeting;
import org.omnifaces.util.Messages;

/** 転送・留守番: the form, read with its version; [設定する] saves it or says why not. */
@Named("forwarding")
@ViewScoped
public class ForwardingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OptionSettings settings;

    @Inject
    SummaryBacking summary;

    @Inject
    SettingsLine line;

    private ForwardingChoice choice;
    private boolean subscribed = true;

    @PostConstruct
    void load() {
        try {
            choice = settings.forwarding(line.getLineId());
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    public void save() {
        try {
            settings.saveForwarding(line.getLineId(), choice);
            choice = settings.forwarding(line.getLineId());
            summary.refresh();
            Messages.addGlobalInfo("settings.saved");
        } catch (SettingsRejectedException rejected) {
            rejected.violations().forEach(v -> Messages.addError("forwarding:" + v.field(), v.messageKey()));
        } catch (ChangedMeanwhileException changed) {
            choice = settings.forwarding(line.getLineId());
            summary.refresh();
            Messages.addGlobalError("settings.changedMeanwhile");
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    public Greeting[] getGreetings() {
        return Greeting.values();
    }

    public ForwardingChoice getChoice() {
        return choice;
    }

    public boolean isSubscribed() {
        return subscribed;
    }
}
