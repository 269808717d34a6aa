package jp.office050.web.user.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which line a settings page is about, for the life of the page: none on the user's own site, the {@code line}
 * parameter on an administrator's proxy page (代理設定). The boundary checks it on every call.
 */
@Named
@ViewScoped
public class SettingsLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FacesContext faces;

    private Long lineId;
    private boolean proxy;

    @PostConstruct
    void read() {
        proxy = faces.getViewRoot().getViewId().startsWith("/admin/proxy/");
        String parameter = faces.getExternalContext().getRequestParameterMap().get("line");
        if (proxy) {
            lineId = parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : -1L;
        }
    }

    /** Null for the user's own line. */
    public Long getLineId() {
        return lineId;
    }

    public boolean isProxy() {
        return proxy;
    }
}
