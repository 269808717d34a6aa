package jp.office050.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;

/**
 * Who is asking, as the container knows it. What the caller may act on is decided above:
 * {@code mailaccounts.control.ActingAdministrators} (the administrator it acts as) and {@code lines.control.LineAccess}
 * (the line).
 */
@Dependent
public class Callers {

    @Inject
    SecurityContext security;

    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        return Caller.parse(principal == null ? null : principal.getName())
                .orElseThrow(() -> new NotPermittedException(Reason.NOT_SIGNED_IN));
    }
}
