package jp.office050.access.control;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Which linked administrator ID an email account acts through in this session ([管理者画面参照]). Only a boundary
 * sets it, after checking the link, and {@link Callers} checks the link again on every use.
 */
@SessionScoped
public class AdminSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private String adminId;

    public String adminId() {
        return adminId;
    }

    public void choose(String adminId) {
        this.adminId = adminId;
    }

    public void clear() {
        adminId = null;
    }
}
