package jp.office050.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.office050.access.control.Caller;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.web.security.Authenticator;
import jp.office050.web.security.PendingSecondFactor;
import jp.office050.web.security.SecondFactorCode;
import org.omnifaces.util.Messages;

/**
 * 確認コードの入力: the second step of a login with a second factor, for the administrator ID or email account whose
 * password this session proved a moment ago. A wrong code counts as a wrong password; the message does not say
 * whether the account is locked.
 */
@Named("code")
@RequestScoped
public class CodeBacking {

    @Inject
    Authenticator authenticator;

    @Inject
    FacesContext faces;

    @Inject
    LockoutPolicy lockout;

    private String code;

    /** Without a fresh proved password in this session there is no code to ask for: back to the login. */
    public void check() throws IOException {
        if (pending() == null) {
            Messages.addGlobalError("code.expired");
            authenticator.redirectKeepingMessages("/");
        }
    }

    public void verify() throws IOException {
        Caller caller = pending();
        if (caller == null) {
            check();
            return;
        }
        boolean signedIn = authenticator.authenticate(new SecondFactorCode(code));
        code = null;
        if (signedIn) {
            authenticator.redirect(Site.of(caller.kind()).landingPage());
            return;
        }
        Messages.addGlobalError("code.wrong", lockout.duration().toMinutes());
    }

    /** Where a person who gave up goes: the login page of its site. */
    public String getLoginPage() {
        Caller caller = pending();
        return (caller == null ? Site.ADMIN : Site.of(caller.kind())).loginPage();
    }

    public String getAccount() {
        Caller caller = pending();
        return caller == null ? "" : caller.id();
    }

    private Caller pending() {
        return PendingSecondFactor.peek(
                        (HttpServletRequest) faces.getExternalContext().getRequest())
                .flatMap(PendingSecondFactor::caller)
                .orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
