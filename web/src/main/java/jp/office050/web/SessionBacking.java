package jp.office050.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import jp.office050.access.control.Caller;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.web.security.Authenticator;

/** Who is signed in, for the page header, and the logout button. */
@Named("portalSession")
@RequestScoped
public class SessionBacking {

    @Inject
    SecurityContext security;

    @Inject
    Authenticator authenticator;

    @Inject
    AuditTrail audit;

    public Optional<Caller> caller() {
        Principal principal = security.getCallerPrincipal();
        return Caller.parse(principal == null ? null : principal.getName());
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    /** Signed in with an email account (it acts through linked administrator IDs). */
    public boolean isMail() {
        return caller().filter(c -> c.kind() == Caller.Kind.MAIL).isPresent();
    }

    public String getCallerId() {
        return caller().map(Caller::id).orElse("");
    }

    public void logout() throws IOException {
        caller().ifPresent(c -> audit.record(AuditEvent.self(c.principalName(), Action.LOGOUT, Outcome.SUCCEEDED)));
        Site site = caller().map(c -> Site.of(c.kind())).orElse(Site.ADMIN);
        authenticator.logout(site.loginPage() + "?loggedOut=true");
    }
}
