package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.office050.platform.entity.Utc;

/**
 * Something that logs in with an ID and a password, protected by a lockout: a line's login ID, an administrator ID,
 * an email account.
 */
@MappedSuperclass
public abstract class Account {

    @Embedded
    private StoredPassword password;

    @Embedded
    private Lockout lockout = new Lockout();

    @Column(name = "last_login")
    private LocalDateTime lastLogin;

    /** Sessions signed in before this time are over (a password someone else set, a new account under an old ID). */
    @Column(name = "sessions_valid_from")
    private LocalDateTime sessionsValidFrom;

    @Version
    private long version;

    protected Account() {}

    protected Account(StoredPassword password) {
        this.password = password;
    }

    public abstract Long getId();

    /** How the audit trail names this account: its kind and ID, e.g. {@code line:u05011110001}. */
    public abstract String auditName();

    /** The second factor of an account that may have one (an administrator ID, an email account); none for a line. */
    public Optional<SecondFactor> secondFactor() {
        return Optional.empty();
    }

    public Lockout lockout() {
        return lockout;
    }

    public StoredPassword password() {
        return password;
    }

    protected void replacePassword(StoredPassword newPassword) {
        password = newPassword;
    }

    /** A password the owner chose: no longer temporary. */
    public void choosePassword(String newHash) {
        replacePassword(StoredPassword.chosen(newHash));
    }

    /** The same password, hashed at the current cost. */
    public void rehash(String newHash) {
        password = password.rehashed(newHash);
    }

    /**
     * Ends every session signed in to this account until now: after a password someone else set (a reset, a
     * re-issue), and for a new account, so that a session of an earlier account with the same ID opens nothing.
     */
    public void endSessions(Instant now) {
        sessionsValidFrom = Utc.column(now);
    }

    /** Whether a session signed in at {@code signedInAt} is still one of this account's. */
    public boolean admitsSessionFrom(Instant signedInAt) {
        return sessionsValidFrom == null || !signedInAt.isBefore(Utc.instant(sessionsValidFrom));
    }

    public void loggedIn(Instant now) {
        lockout.succeeded();
        lastLogin = Utc.column(now);
    }

    /** The row's version: every change to the account (a login, a lock, a rename) makes a new one. */
    public long getVersion() {
        return version;
    }

    public Instant getLastLogin() {
        return Utc.instant(lastLogin);
    }
}
