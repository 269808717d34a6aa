package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import jp.office050.access.control.Scopes;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.credentials.control.SecondFactorChecks;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.notices.control.AccountNotices;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.provisioning.control.Operators;

/**
 * The provider's reset of an email account's second factor (its phone and recovery codes are lost): as for an
 * administrator ID, the only way to switch one off. The account is told by mail.
 */
@Stateless
public class EmailAccountFactors {

    /** What the API answers. */
    public record View(String identifier, boolean secondFactor) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Operators operators;

    @Inject
    SecondFactorChecks factors;

    @Inject
    AuditTrail audit;

    @Inject
    AccountNotices notices;

    @RolesAllowed(Scopes.UNLOCK)
    public View resetSecondFactor(String typed) {
        String identifier = MailAccount.normalize(typed == null ? "" : typed);
        MailAccount account = em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", identifier)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoSuchResourceException("no email account " + identifier));
        boolean had = factors.remove(account);
        audit.record(AuditEvent.of(
                        operators.current().principalName(),
                        Action.SECOND_FACTOR_RESET,
                        account.auditName(),
                        Outcome.SUCCEEDED)
                .detail(had ? "by the provider" : "by the provider; none was enrolled"));
        if (had) {
            notices.tell(account.getIdentifier(), Kind.SECOND_FACTOR_REMOVED, account.getIdentifier(), Locale.JAPANESE);
        }
        return new View(account.getIdentifier(), false);
    }
}
