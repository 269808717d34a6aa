package jp.office050.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.office050.web.Provider;
import jp.office050.web.security.Authenticator;
import jp.office050.web.security.MigrationConsent;
import jp.office050.web.security.PendingConsent;
import org.omnifaces.util.Messages;

/** The migration consent (ISPメールへの移行) shown at the first login of an ISP address. */
@Named("consent")
@RequestScoped
public class ConsentBacking {

    @Inject
    Authenticator authenticator;

    @Inject
    FacesContext faces;

    @Inject
    Provider provider;

    /** Without a fresh proved password in this session there is nothing to consent to: back to the login. */
    public void check() throws IOException {
        if (address().isEmpty()) {
            Messages.addGlobalError("mail.consent.expired");
            authenticator.redirectKeepingMessages("/mail/");
        }
    }

    public void agree() throws IOException {
        if (authenticator.authenticate(new MigrationConsent())) {
            authenticator.redirect("/mail/admins.xhtml");
        } else {
            Messages.addGlobalError("mail.consent.expired");
            authenticator.redirectKeepingMessages("/mail/");
        }
    }

    public String getAddress() {
        return address();
    }

    public String getProvider() {
        return provider.getName();
    }

    private String address() {
        return PendingConsent.peek(
                        (HttpServletRequest) faces.getExternalContext().getRequest())
                .orElse("");
    }
}
