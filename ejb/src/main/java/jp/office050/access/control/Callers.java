package jp.office050.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.lines.entity.Line;

/** Resolves the container's caller to the administrator or line it is; boundaries ask it before anything else. */
@Dependent
public class Callers {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        return Caller.parse(principal == null ? null : principal.getName())
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }

    public Administrator administrator() {
        Caller caller = current();
        if (caller.kind() != Caller.Kind.ADMIN) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        return em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", caller.id())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }

    /**
     * The line whose settings are asked for: a user's own line (no line id), or, for an administrator acting on the
     * user's behalf (代理設定), the named line if the administrator's contract manages it. Anything else is refused and
     * recorded, whatever the page sent.
     */
    public Line settingsLine(Long proxiedLineId) {
        Caller caller = current();
        if (caller.kind() == Caller.Kind.USER && proxiedLineId == null) {
            return ownLine();
        }
        if (caller.kind() == Caller.Kind.ADMIN && proxiedLineId != null) {
            Administrator admin = administrator();
            Line line = em.find(Line.class, proxiedLineId);
            if (line != null && line.isManagedBy(admin.getContract())) {
                return line;
            }
        }
        audit.refused(caller.principalName(), Action.PROXY_ACCESS, "line-id:" + proxiedLineId, "not a line to set");
        throw new NotPermittedException(Reason.NOT_YOUR_LINE);
    }

    public Line ownLine() {
        Caller caller = current();
        if (caller.kind() != Caller.Kind.USER) {
            throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        return em.createNamedQuery(Line.BY_LOGIN_ID, Line.class)
                .setParameter("key", caller.id())
                .getResultStream()
                .filter(Line::isManageable)
                .findFirst()
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }
}
