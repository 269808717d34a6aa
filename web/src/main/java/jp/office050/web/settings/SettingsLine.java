package jp.office050.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.office050.web.Site;
import jp.office050.web.admin.proxy.ProxyGrants;

/**
 * Which line a settings page is about, for the life of the page: none on the user's own site; on an administrator's
 * proxy page (代理設定), the line its {@code grant} token was granted for in this session. The boundary checks the line
 * on every call as well.
 */
@Named
@ViewScoped
public class SettingsLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FacesContext faces;

    @Inject
    ProxyGrants grants;

    private Long lineId;
    private String grant;
    private boolean proxy;

    @PostConstruct
    void read() {
        proxy = Site.isProxyWindow(faces.getViewRoot().getViewId());
        if (proxy) {
            grant = faces.getExternalContext().getRequestParameterMap().get("grant");
            lineId = grants.lineFor(grant);
        }
    }

    /** Null for the user's own line. */
    public Long getLineId() {
        return lineId;
    }

    /** The proxy grant token the page's links carry on. */
    public String getGrant() {
        return grant;
    }

    public boolean isProxy() {
        return proxy;
    }
}
