package jp.office050.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.mailaccounts.boundary.AdminLinks;
import jp.office050.mailaccounts.boundary.LinkedAdministrator;
import jp.office050.web.security.Authenticator;
import org.omnifaces.util.Messages;

/** 管理者一覧: the linked administrator IDs, [管理者ID連携], [管理者ID連携解除] and [管理者画面参照]. */
@Named
@ViewScoped
public class AdminsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminLinks links;

    @Inject
    Authenticator authenticator;

    @Inject
    LockoutPolicy lockout;

    private List<LinkedAdministrator> admins;
    private LinkedAdministrator selected;
    private String adminId;
    private String password;
    private String code;

    @PostConstruct
    void refresh() {
        admins = links.list();
        selected = null;
    }

    public void link() {
        AdminLinks.LinkOutcome outcome = links.link(adminId, password, code);
        password = null;
        code = null;
        switch (outcome) {
            case LINKED -> {
                authenticator.renewSession(); // a password was proved
                Messages.addGlobalInfo("mail.admins.linked", adminId.strip());
                adminId = null;
                refresh();
            }
            case ALREADY_LINKED -> Messages.addGlobalError("mail.admins.alreadyLinked", adminId.strip());
            case REFUSED ->
                Messages.addGlobalError(
                        "mail.admins.linkRefused", lockout.duration().toMinutes());
        }
    }

    public void unlink() {
        if (selected == null) {
            Messages.addGlobalError("mail.admins.select.first");
            return;
        }
        String unlinked = selected.getAdminId();
        Messages.addGlobalInfo(links.unlink(unlinked) ? "mail.admins.unlinked" : "mail.admins.gone", unlinked);
        refresh();
    }

    /** [管理者画面参照]: that contract's user number list. */
    public void open() throws IOException {
        if (selected == null) {
            Messages.addGlobalError("mail.admins.select.first");
            return;
        }
        try {
            links.choose(selected.getAdminId());
            authenticator.renewSession();
            authenticator.redirect("/admin/lines.xhtml");
        } catch (NotPermittedException refused) {
            Messages.addGlobalError("mail.admins.gone", selected.getAdminId());
            refresh();
        }
    }

    public List<LinkedAdministrator> getAdmins() {
        return admins;
    }

    public LinkedAdministrator getSelected() {
        return selected;
    }

    public void setSelected(LinkedAdministrator selected) {
        this.selected = selected;
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
