package jp.office050.login.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.control.RequestOrigin;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.Authenticators;
import jp.office050.credentials.control.SecondFactorChecks;
import jp.office050.credentials.control.SecondFactorPolicy;
import jp.office050.credentials.entity.Account;
import jp.office050.credentials.entity.SecondFactor;
import jp.office050.mailaccounts.entity.AdminLink;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.notices.control.AccountNotices;
import jp.office050.notices.control.NoticeMails.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 二段階認証: the signed-in administrator ID or email account enrols an authenticator app as its second factor, with a
 * code from it; it gets one-time recovery codes, shown once. Nothing here removes a second factor: only the provider
 * can (its API), so a stolen session cannot switch the factor off.
 */
@Stateless
public class SecondFactors {

    /** What the enrolment page shows of the caller's second factor. */
    public record Standing(boolean enrolled, java.time.Instant enrolledAt, long recoveryCodesLeft, boolean required) {

        public boolean isEnrolled() {
            return enrolled;
        }

        public java.time.Instant getEnrolledAt() {
            return enrolledAt;
        }

        public long getRecoveryCodesLeft() {
            return recoveryCodesLeft;
        }

        public boolean isRequired() {
            return required;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Authenticators authenticators;

    @Inject
    SecondFactorChecks checks;

    @Inject
    SecondFactorPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    AccountNotices notices;

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "office050.provider.name", defaultValue = "ISP")
    String provider;

    public Standing standing() {
        Account account = account();
        Optional<SecondFactor> factor = account.secondFactor().filter(SecondFactor::isEnrolled);
        return new Standing(
                factor.isPresent(),
                factor.map(SecondFactor::enrolledAt).orElse(null),
                factor.isPresent() ? checks.recoveryCodesLeft(account) : 0,
                policy.required());
    }

    /** Whether the caller must enrol before anything else (the setting requires it and it has none). */
    public boolean mustEnrol() {
        if (!policy.required()) {
            return false;
        }
        Caller caller = callers.current();
        if (caller.kind() != Caller.Kind.ADMIN && caller.kind() != Caller.Kind.MAIL) {
            return false;
        }
        return find(caller)
                .flatMap(Account::secondFactor)
                .map(f -> !f.isEnrolled())
                .orElse(false);
    }

    /** A new secret for the enrolment page (kept by the page until a code of it is given). */
    public String newSecret() {
        account();
        return authenticators.newSecret();
    }

    /** The QR code of {@code secret} for the caller's account, for an app to scan. */
    public String qrCode(String secret) {
        Caller caller = callers.current();
        account();
        return authenticators.qrCode(provider + " Office050", caller.id(), secret);
    }

    /**
     * Enrols the authenticator whose secret the page showed, if {@code code} is its code now: returns the recovery codes
     * to show once; empty for a wrong code (or a second factor enrolled meanwhile).
     */
    public Optional<List<String>> enrol(String secret, String code) {
        Account account = account();
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            return Optional.empty();
        }
        Optional<List<String>> codes = checks.enrol(account.getClass(), account.getId(), secret, code);
        if (codes.isPresent()) {
            Caller caller = callers.current();
            audit.record(AuditEvent.self(caller.principalName(), Action.SECOND_FACTOR_ENROL, Outcome.SUCCEEDED)
                    .detail(codes.get().size() + " recovery codes"));
            for (String identifier : toldOf(caller)) {
                notices.tell(identifier, Kind.SECOND_FACTOR_ENROLLED, caller.id(), origin.locale());
            }
        }
        return codes;
    }

    /**
     * Who hears of a change to the caller's second factor: an email account itself; for an administrator ID, the email
     * accounts that link it (an administrator ID has no address of its own).
     */
    private List<String> toldOf(Caller caller) {
        if (caller.kind() == Caller.Kind.MAIL) {
            return List.of(caller.id());
        }
        return em.createNamedQuery(AdminLink.ACCOUNTS_OF, String.class)
                .setParameter("adminId", caller.id())
                .getResultList();
    }

    private Account account() {
        Caller caller = callers.current();
        return find(caller).orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }

    private Optional<? extends Account> find(Caller caller) {
        return switch (caller.kind()) {
            case ADMIN ->
                em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                        .setParameter("key", caller.id())
                        .getResultStream()
                        .findFirst();
            case MAIL ->
                em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                        .setParameter("key", caller.id())
                        .getResultStream()
                        .findFirst();
            case USER, OPERATOR -> Optional.empty();
        };
    }
}
