package jp.office050.lines.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.office050.contracts.entity.OptionService;

/**
 * One row of the user number list (利用者番号一覧). {@code lockedUntil} is null when the line is not locked. A bean
 * rather than a record: Jakarta Expression Language 5 reads only getters.
 */
public final class LineSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String loginId;
    private final String displayName;
    private final Instant lockedUntil;
    private final boolean temporaryPassword;
    private final boolean temporaryExpired;
    private final Instant lastLogin;
    private final List<OptionService> services;

    public LineSummary(
            long id,
            String number,
            String loginId,
            String displayName,
            Instant lockedUntil,
            boolean temporaryPassword,
            boolean temporaryExpired,
            Instant lastLogin,
            List<OptionService> services) {
        this.id = id;
        this.number = number;
        this.loginId = loginId;
        this.displayName = displayName;
        this.lockedUntil = lockedUntil;
        this.temporaryPassword = temporaryPassword;
        this.temporaryExpired = temporaryExpired;
        this.lastLogin = lastLogin;
        this.services = List.copyOf(services);
    }

    /** The option services of the line, in a fixed order. */
    public List<OptionService> getServices() {
        return services;
    }

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    public boolean isTemporaryPassword() {
        return temporaryPassword;
    }

    /** A temporary password that was never used in time: only a new reset lets the user in. */
    public boolean isTemporaryExpired() {
        return temporaryExpired;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }
}
