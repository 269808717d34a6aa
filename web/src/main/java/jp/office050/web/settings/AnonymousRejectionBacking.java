package jp.office050.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.office050.options.boundary.ChangedMeanwhileException;
import jp.office050.options.boundary.NotSubscribedException;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.options.entity.AnonymousRejectionSettings;
import org.omnifaces.util.Messages;

/** 番号非通知拒否: on or off, read with its version. */
@Named("anonymousRejection")
@ViewScoped
public class AnonymousRejectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OptionSettings settings;

    @Inject
    SummaryBacking summary;

    @Inject
    SettingsLine line;

    private boolean enabled;
    private long version;
    private boolean subscribed = true;

    @PostConstruct
    void load() {
        try {
            read(settings.anonymousRejection(line.getLineId()));
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    public void save() {
        try {
            settings.saveAnonymousRejection(line.getLineId(), enabled, version);
            read(settings.anonymousRejection(line.getLineId()));
            summary.refresh();
            Messages.addGlobalInfo("settings.saved");
        } catch (ChangedMeanwhileException changed) {
            read(settings.anonymousRejection(line.getLineId()));
            summary.refresh();
            Messages.addGlobalError("settings.changedMeanwhile");
        } catch (NotSubscribedException notSubscribed) {
            subscribed = false;
        }
    }

    private void read(AnonymousRejectionSettings current) {
        enabled = current.isEnabled();
        version = current.getVersion();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isSubscribed() {
        return subscribed;
    }
}
