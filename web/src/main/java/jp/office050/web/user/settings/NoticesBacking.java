package jp.office050.web.user.settings;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.lines.boundary.ContactAddresses;
import jp.office050.lines.boundary.ContactAddresses.Requested;
import jp.office050.lines.boundary.ContactAddresses.Standing;
import jp.office050.mailaccounts.boundary.InvalidAddressException;
import jp.office050.platform.control.MailUnavailableException;
import org.omnifaces.util.Messages;

/** 通知先メールアドレス: where the user's notices go (its lock, a release, a reset), proved by a link. */
@Named("notices")
@RequestScoped
public class NoticesBacking {

    @Inject
    ContactAddresses addresses;

    private Standing standing;
    private String address;

    @PostConstruct
    void init() {
        standing = addresses.standing();
    }

    public void send() {
        try {
            Requested requested = addresses.request(address);
            if (requested == Requested.TOO_SOON) {
                Messages.addGlobalError("notices.tooSoon");
                return;
            }
            Messages.addGlobalInfo("notices.sent", address.strip());
            address = null;
            standing = addresses.standing();
        } catch (InvalidAddressException e) {
            Messages.addError("notices:address", "mypage.address.invalid");
        } catch (MailUnavailableException e) {
            Messages.addGlobalError("mypage.unavailable");
        }
    }

    public void remove() {
        addresses.remove();
        standing = addresses.standing();
        Messages.addGlobalInfo("notices.removed");
    }

    public Standing getStanding() {
        return standing;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
