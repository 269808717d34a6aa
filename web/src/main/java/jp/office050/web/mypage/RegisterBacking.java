package jp.office050.web.mypage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jp.office050.mailaccounts.boundary.InvalidAddressException;
import jp.office050.mailaccounts.boundary.Registrations;
import jp.office050.mailaccounts.control.DirectoryUnavailableException;
import jp.office050.platform.control.MailUnavailableException;
import jp.office050.web.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** The portal's public address for links in mails; without it, the address this request came to. */
    @Inject
    @ConfigProperty(name = "office050.mail.link-url")
    Optional<String> linkUrl;

    private String address;
    private boolean sent;

    public void send() {
        try {
            registrations.request(address, portalUrl(), faces.getViewRoot().getLocale());
            sent = true;
        } catch (InvalidAddressException e) {
            Messages.errorAt("register:address", "mypage.address.invalid");
        } catch (MailUnavailableException | DirectoryUnavailableException e) {
            Messages.error("mypage.unavailable");
        }
    }

    private String portalUrl() {
        if (linkUrl.isPresent() && !linkUrl.get().isBlank()) {
            return linkUrl.get().replaceAll("/+$", "");
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
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
