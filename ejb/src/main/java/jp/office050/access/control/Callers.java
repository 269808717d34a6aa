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
import jp.office050.mailaccounts.entity.AdminLink;

/** Resolves the container's caller to the administrator or line it is; boundaries ask it before anything else. */
@Dependent
public class Callers {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AdminSelection selection;

    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        return Caller.parse(principal == null ? null : principal.getName())
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }

    public Administrator administrator() {
        return acting().administrator();
    }

    /**
     * The administrator the caller acts as: an administrator ID itself, or for an email account the linked
     * administrator ID it chose, provided the link still exists. Anything else is refused.
     */
    public Acting acting() {
        Caller caller = current();
        return switch (caller.kind()) {
            case ADMIN -> new Acting(caller.principalName(), null, ownAdministrator(caller));
            case MAIL -> throughLink(caller);
            case USER -> throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        };
    }

    private Administrator ownAdministrator(Caller caller) {
        return em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", caller.id())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }

    private Acting throughLink(Caller caller) {
        String adminId = selection.adminId();
        if (adminId == null) {
            throw new NotPermittedException(Reason.NO_ADMINISTRATOR_CHOSEN);
        }
        return em.createNamedQuery(AdminLink.ONE, AdminLink.class)
                .setParameter("account", caller.id())
                .setParameter("adminId", adminId)
                .getResultStream()
                .findFirst()
                .map(link -> new Acting(caller.principalName(), "admin:" + adminId, link.getAdministrator()))
                .orElseThrow(() -> {
                    selection.clear();
                    audit.refused(caller.principalName(), Action.ADMIN_SWITCH, "admin:" + adminId, "not linked");
                    return new NotPermittedException(Reason.NOT_LINKED);
                });
    }

    /**
     * The line whose settings are asked for: a user's own line (no line id), or, for an administrator acting on the
     * user's behalf (代理設定), the named line if the administrator's contract manages it (for an email account: the
     * contract of the linked administrator ID it acts through). Anything else is refused and
     * recorded, whatever the page sent.
     */
    public Line settingsLine(Long proxiedLineId) {
        Caller caller = current();
        if (caller.kind() == Caller.Kind.USER && proxiedLineId == null) {
            return ownLine();
        }
        if (caller.kind() != Caller.Kind.USER && proxiedLineId != null) {
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
