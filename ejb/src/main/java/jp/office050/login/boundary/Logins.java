package jp.office050.login.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.office050.access.control.Caller;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.Claim;
import jp.office050.credentials.control.Identifiers;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.credentials.control.LoginAttempts.Attempt;
import jp.office050.credentials.control.PasswordChecks;
import jp.office050.credentials.control.PasswordChecks.Check;
import jp.office050.credentials.control.PasswordChecks.Verdict;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.control.SecondFactorChecks;
import jp.office050.credentials.control.SecondFactorChecks.Proof;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.Admission;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.lines.entity.Line;
import jp.office050.mailaccounts.boundary.MailAccounts;
import jp.office050.mailaccounts.boundary.MailAccounts.MailLogin;
import jp.office050.mailaccounts.control.DirectoryUnavailableException;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.notices.control.LineNotices;
import jp.office050.notices.control.NoticeMails.Kind;

/**
 * Checks administrator IDs, login IDs and email accounts with their passwords, under the lockout rule, and audits each
 * attempt. What was typed is bounded first (length, control characters), before anything is looked up, hashed or
 * audited; an identifier nobody has is counted and locked like one that exists.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Logins {

    private static final System.Logger LOG = System.getLogger(Logins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    MailAccounts mailAccounts;

    @Inject
    PasswordChecks checks;

    @Inject
    SecondFactorChecks factors;

    @Inject
    LineNotices lineNotices;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Clock clock;

    public LoginResult administrator(String adminId, String password) {
        Caller caller = Caller.admin(strip(adminId));
        if (!acceptable(caller, Action.ADMIN_LOGIN, password)) {
            return LoginResult.failed();
        }
        return login(caller, Action.ADMIN_LOGIN, target(caller), password);
    }

    /**
     * Only ordinary lines of active contracts sign in here; 050 multiple-number lines are not served by this site, and
     * a suspended contract's lines are refused like IDs nobody has.
     */
    public LoginResult user(String loginId, String password) {
        Caller caller = Caller.user(strip(loginId));
        if (!acceptable(caller, Action.USER_LOGIN, password)) {
            return LoginResult.failed();
        }
        return login(caller, Action.USER_LOGIN, target(caller), password);
    }

    /**
     * The quick answer of a login page to a locked ID, an administrator ID or a login ID, known or not: if it is
     * locked now, the refusal is audited as a full attempt audits it, and true is returned, with nothing counted,
     * hashed or compared. False for anything else (an ID that is not locked, input a full attempt refuses unread,
     * an email account): then the full attempt decides.
     */
    public boolean refusedAsLocked(Caller.Kind kind, String id, String password) {
        Caller caller;
        Action action;
        switch (kind) {
            case ADMIN -> {
                caller = Caller.admin(strip(id));
                action = Action.ADMIN_LOGIN;
            }
            case USER -> {
                caller = Caller.user(strip(id));
                action = Action.USER_LOGIN;
            }
            default -> {
                return false;
            }
        }
        if (unacceptable(caller, password).isPresent()) {
            return false;
        }
        Target target = target(caller);
        Optional<Check> refusal = checks.refusalIfLocked(target.claim(), target.account());
        refusal.ifPresent(check -> failed(caller, action, target, check));
        return refusal.isPresent();
    }

    /** Whom a login ID or administrator ID names, its account as just read, and the contract of its audit events. */
    private record Target(Claim claim, Optional<? extends Account> account, Long contract) {}

    /**
     * A suspended or cancelled contract's administrator, and its lines, are refused like IDs nobody has; 050 multiple
     * numbers do not sign in.
     */
    private Target target(Caller caller) {
        if (caller.kind() == Caller.Kind.ADMIN) {
            Optional<Administrator> admin = find(Administrator.class, Administrator.BY_ADMIN_ID, caller.id())
                    .filter(Administrator::mayActOnItsOwn);
            return new Target(
                    Claim.of("admin", caller.id(), admin),
                    admin,
                    admin.map(a -> a.getContract().getId()).orElse(null));
        }
        Optional<Line> line = find(Line.class, Line.BY_LOGIN_ID, caller.id()).filter(Line::mayActOnItsOwn);
        return new Target(
                Claim.of("user", caller.id(), line),
                line,
                line.map(l -> l.getContract().getId()).orElse(null));
    }

    /**
     * An email address or migrated master ID. ISP addresses and master IDs are verified by the mail directory,
     * external addresses by the password chosen on My Page (only once registered). The lockout counts as for
     * administrator IDs, on the account the directory names, whichever spelling of it was typed; an attempt the
     * directory could not judge is taken back.
     */
    public LoginResult mail(String typed, String password) {
        Caller typedAs = Caller.mail(MailAccount.normalize(typed));
        if (!acceptable(typedAs, Action.MAIL_LOGIN, password)) {
            return LoginResult.failed();
        }
        try {
            return mailLogin(typedAs, password);
        } catch (DirectoryUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "mail directory unavailable: {0}", e.getMessage());
            audit.record(AuditEvent.self(typedAs.principalName(), Action.MAIL_LOGIN, Outcome.FAILED)
                    .detail("mail directory unavailable"));
            return LoginResult.unavailable();
        }
    }

    private LoginResult mailLogin(Caller typedAs, String password) {
        Optional<MailLogin> found = mailAccounts.forLogin(typedAs.id());
        Caller caller = found.map(f -> Caller.mail(f.account().getIdentifier())).orElse(typedAs);
        String target = caller.principalName();
        Check check = checks.check(
                Claim.of("mail", typedAs.id(), found.map(MailLogin::account)),
                password,
                attempt -> attempt.storedHash() != null
                        ? hasher.matches(password, attempt.storedHash())
                        : mailAccounts.verify(found.orElseThrow(), password));
        if (!check.right()) {
            audit.record(
                    AuditEvent.self(target, Action.MAIL_LOGIN, check.verdict().outcome())
                            .detail(check.detail()));
            return LoginResult.failed();
        }
        Attempt attempt = check.attempt();
        if (attempt.secondFactor()) {
            return secondFactorNext(MailAccount.class, attempt, caller);
        }
        String upgraded =
                attempt.storedHash() != null && hasher.needsRehash(attempt.storedHash()) ? hasher.hash(password) : null;
        MailAccount account = attempts.succeeded(MailAccount.class, attempt.id(), upgraded);
        if (account.needsConsent(found.orElseThrow().migrated())) {
            audit.record(AuditEvent.self(target, Action.MAIL_LOGIN, Outcome.SUCCEEDED)
                    .detail("migration consent asked"));
            return LoginResult.consentNeeded(caller);
        }
        if (!account.isRegistered()) {
            mailAccounts.register(caller.id(), "first login of a migrated ID");
        }
        audit.record(AuditEvent.self(target, Action.MAIL_LOGIN, Outcome.SUCCEEDED));
        return LoginResult.succeeded(caller, false);
    }

    /**
     * @param target the account and its contract, already loaded (null for an ID nobody has): the audit events of
     *     the attempt are recorded under it without another lookup, a refused one of a locked ID included
     */
    private LoginResult login(Caller caller, Action action, Target target, String password) {
        Claim claim = target.claim();
        Check check = checks.check(claim, password);
        if (!check.right()) {
            failed(caller, action, target, check);
            if (check.verdict() == Verdict.WRONG_NOW_LOCKED && claim.type() == Line.class) {
                lineNotices.tell(
                        check.attempt().id(),
                        caller.id(),
                        Kind.LINE_LOCKED,
                        clock.instant().plus(lockout.duration()));
            }
            return check.verdict() == Verdict.EXPIRED ? LoginResult.expired() : LoginResult.failed();
        }
        Attempt attempt = check.attempt();
        if (attempt.secondFactor()) {
            return secondFactorNext(claim.type(), attempt, caller);
        }
        String upgraded = hasher.needsRehash(attempt.storedHash()) ? hasher.hash(password) : null;
        attempts.succeeded(
                claim.type(),
                attempt.id(),
                upgraded,
                AuditEvent.self(caller.principalName(), action, Outcome.SUCCEEDED)
                        .inContract(target.contract()));
        return LoginResult.succeeded(caller, attempt.temporary());
    }

    private void failed(Caller caller, Action action, Target target, Check check) {
        audit.record(
                AuditEvent.self(caller.principalName(), action, check.verdict().outcome())
                        .inContract(target.contract())
                        .detail(check.detail()));
    }

    /**
     * The password was right, and the account has a second factor: the attempt counted for the password is taken
     * back (a right password neither counts as a failure nor clears the earlier ones; only the right code does), and
     * the code is asked next. Nothing is audited yet: the login is audited when the code is given.
     */
    private LoginResult secondFactorNext(Class<? extends Account> type, Attempt attempt, Caller caller) {
        attempts.withdraw(type, attempt.id(), attempt.admission());
        return LoginResult.secondFactorNeeded(caller);
    }

    /**
     * The second step of a login with a second factor: a code of the account's authenticator, or one of its recovery
     * codes, for the administrator ID or email account whose password this session proved a moment ago. A wrong code
     * counts towards the account's lockout as a wrong password does; a locked account's code is not checked.
     */
    public LoginResult secondFactor(Caller caller, String code) {
        Action action = caller.kind() == Caller.Kind.MAIL ? Action.MAIL_LOGIN : Action.ADMIN_LOGIN;
        Optional<? extends Account> account = switch (caller.kind()) {
            case ADMIN ->
                find(Administrator.class, Administrator.BY_ADMIN_ID, caller.id())
                        .filter(Administrator::mayActOnItsOwn);
            case MAIL -> find(MailAccount.class, MailAccount.BY_IDENTIFIER, caller.id());
            case USER, OPERATOR -> Optional.empty();
        };
        String target = caller.principalName();
        Optional<Attempt> admitted = account.flatMap(a -> attempts.admit(a.getClass(), a.getId()));
        if (admitted.isEmpty() || !admitted.get().secondFactor()) {
            admitted.ifPresent(a -> attempts.withdraw(account.get().getClass(), a.id(), a.admission()));
            return LoginResult.failed();
        }
        Attempt attempt = admitted.get();
        Class<? extends Account> type = account.get().getClass();
        if (!attempt.admission().admitted()) {
            audit.record(
                    AuditEvent.self(target, action, Outcome.REFUSED).detail("locked; second-factor code not checked"));
            return LoginResult.failed();
        }
        Optional<Proof> proof = factors.accept(type, attempt.id(), code);
        if (proof.isEmpty()) {
            Outcome outcome = attempt.admission() == Admission.ADMITTED_LAST_CHANCE ? Outcome.LOCKED : Outcome.FAILED;
            audit.record(AuditEvent.self(target, action, outcome).detail("wrong second-factor code"));
            return LoginResult.failed();
        }
        attempts.succeeded(
                type,
                attempt.id(),
                null,
                AuditEvent.self(target, action, Outcome.SUCCEEDED)
                        .detail(
                                proof.get() == Proof.AUTHENTICATOR
                                        ? "with the authenticator"
                                        : "with a recovery code"));
        return LoginResult.succeeded(caller, attempt.temporary());
    }

    /**
     * Whether a session that signed in as {@code caller} at {@code signedInAt} still belongs to that account: it still
     * exists, and nobody has since set its password or made it anew under the same ID (see
     * {@link Account#endSessions}). Asked on every page of a signed-in session.
     */
    public boolean stillSignedIn(Caller caller, Instant signedInAt) {
        Optional<? extends Account> account = switch (caller.kind()) {
            case ADMIN -> find(Administrator.class, Administrator.BY_ADMIN_ID, caller.id());
            case USER -> find(Line.class, Line.BY_LOGIN_ID, caller.id());
            case MAIL -> find(MailAccount.class, MailAccount.BY_IDENTIFIER, caller.id());
            case OPERATOR -> Optional.empty();
        };
        return account.map(a -> a.admitsSessionFrom(signedInAt)).orElse(false);
    }

    /**
     * Whether the typed ID and password are worth checking at all. An empty, overlong or control-character ID and an
     * empty or overlong password are refused at once, unhashed and uncounted; the audit names no such ID.
     */
    private boolean acceptable(Caller caller, Action action, String password) {
        Optional<String> why = unacceptable(caller, password);
        if (why.isEmpty()) {
            return true;
        }
        String target = Identifiers.acceptable(caller.id())
                ? caller.principalName()
                : caller.kind().prefix() + ":?";
        audit.record(AuditEvent.self(target, action, Outcome.FAILED).detail(why.get()));
        return false;
    }

    /** Why the typed ID and password are not worth checking; empty when they are. */
    private static Optional<String> unacceptable(Caller caller, String password) {
        if (caller.id().isEmpty() || password == null || password.isEmpty()) {
            return Optional.of("empty credentials");
        }
        if (!Identifiers.acceptable(caller.id())) {
            return Optional.of(
                    "identifier refused unread (" + caller.id().length() + " characters, or control characters)");
        }
        if (!Identifiers.acceptablePassword(password)) {
            return Optional.of("password longer than any allowed; not checked");
        }
        return Optional.empty();
    }

    private <T extends Account> Optional<T> find(Class<T> type, String query, String key) {
        return em.createNamedQuery(query, type)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static String strip(String id) {
        return id == null ? "" : id.strip();
    }
}
