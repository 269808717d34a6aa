package jp.office050.web.mypage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.mailaccounts.boundary.InvalidAddressException;
import jp.office050.mailaccounts.boundary.Registrations;
import jp.office050.mailaccounts.control.DirectoryUnavailableException;
import jp.office050.platform.control.MailUnavailableException;
import org.omnifaces.util.Messages;

/**
 * My Page: registration of an external address. The page answers the same for every well-formed address; what
 * applies to it is said only in the mail.
 */
@Named("registration")
@RequestScoped
public class RegisterBacking {

    @Inject
    Registrations registrations;

    @Inject
    FacesContext faces;

    private String address;
    private boolean sent;

    public void send() {
        try {
            registrations.request(address, faces.getViewRoot().getLocale());
            sent = true;
        } catch (InvalidAddressException e) {
            Messages.addError("register:address", "mypage.address.invalid");
        } catch (MailUnavailableException | DirectoryUnavailableException e) {
            Messages.addGlobalError("mypage.unavailable");
        }
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isSent() {
        return sent;
    }
}
