package jp.office050.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.office050.credentials.control.PasswordRejectedException;
import jp.office050.mailaccounts.boundary.RegistrationLinkException;
import jp.office050.mailaccounts.boundary.Registrations;
import jp.office050.mailaccounts.boundary.Registrations.LinkState;
import org.omnifaces.util.Messages;

/** The page a registration mail links to: checks the one-time link, then takes the password. */
@Named("verification")
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    private String token;
    private LinkState state = LinkState.UNKNOWN;
    private String address;
    private String password;
    private String confirmation;
    private boolean done;

    /** The view action: what the link is worth. */
    public void check() {
        state = registrations.check(token);
        if (state == LinkState.VALID) {
            address = registrations.address(token);
        }
    }

    public void complete() {
        if (password == null || !password.equals(confirmation)) {
            Messages.addError("verify:confirmation", "password.mismatch");
            return;
        }
        try {
            registrations.complete(token, password);
            done = true;
        } catch (PasswordRejectedException rejected) {
            String reason = rejected.reason().name();
            Messages.addError(
                    "verify:password",
                    ("SAME_AS_ID".equals(reason) ? "mypage.rejected." : "password.rejected.") + reason);
        } catch (RegistrationLinkException spent) {
            state = spent.state();
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkState getState() {
        return state;
    }

    public String getAddress() {
        return address;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
