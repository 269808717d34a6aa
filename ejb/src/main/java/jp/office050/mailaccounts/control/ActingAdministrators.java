package jp.office050.mailaccounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.AdminSelection;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.mailaccounts.entity.AdminLink;

/**
 * The administrator the caller acts as: an administrator ID itself, or for an email account the linked administrator
 * ID it chose in this session, provided the link still exists (checked in the database on every call). Anything
 * else is refused.
 */
@Dependent
public class ActingAdministrators {

    @Inject
    Callers callers;

    @Inject
    AdminSelection selection;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Acting current() {
        Caller caller = callers.current();
        Acting acting = switch (caller.kind()) {
            case ADMIN -> new Acting(caller.principalName(), null, own(caller));
            case MAIL -> throughLink(caller);
            case USER, OPERATOR -> throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        };
        if (caller.kind() == Caller.Kind.ADMIN
                && acting.administrator().password().isTemporary()) {
            // the initial (or re-issued) password: nothing but choosing a new one (the pages send it there)
            throw new NotPermittedException(Reason.PASSWORD_CHANGE_REQUIRED);
        }
        if (!acting.administrator().mayActOnItsOwn()) {
            // suspended or cancelled by the provider since the login: the next click is refused
            throw new NotPermittedException(Reason.CONTRACT_NOT_ACTIVE);
        }
        return acting;
    }

    private Administrator own(Caller caller) {
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
        String administrator = Administrator.auditNameOf(adminId);
        return em.createNamedQuery(AdminLink.ONE, AdminLink.class)
                .setParameter("account", caller.id())
                .setParameter("adminId", adminId)
                .getResultStream()
                .findFirst()
                .map(link -> new Acting(caller.principalName(), administrator, link.getAdministrator()))
                .orElseThrow(() -> {
                    selection.clear();
                    audit.refused(AuditEvent.refusal(
                            caller.principalName(), Action.ADMIN_SWITCH, administrator, "not linked"));
                    return new NotPermittedException(Reason.NOT_LINKED);
                });
    }
}
