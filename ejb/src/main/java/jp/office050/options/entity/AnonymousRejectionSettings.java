package jp.office050.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 番号非通知拒否: callers who withhold their number hear an announcement asking them to call again with it. */
@Entity
@Table(name = "anonymous_rejection_settings")
public class AnonymousRejectionSettings {

    @Id
    @Column(name = "line_id")
    private Long lineId;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected AnonymousRejectionSettings() {}

    /** A line that never saved these settings: rejection is off. */
    public static AnonymousRejectionSettings defaults(long lineId) {
        var settings = new AnonymousRejectionSettings();
        settings.lineId = lineId;
        return settings;
    }

    /** The setting in a line of the audit trail. */
    public String summary() {
        return enabled ? "rejection on" : "rejection off";
    }

    public void change(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }
}
