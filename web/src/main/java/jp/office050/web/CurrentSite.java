package jp.office050.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The site of the page being rendered, for the template: its name, and whether it is a proxy window. */
@Named("site")
@RequestScoped
public class CurrentSite {

    @Inject
    FacesContext faces;

    private String viewId() {
        return faces.getViewRoot().getViewId();
    }

    public Site getSite() {
        return Site.of(viewId());
    }

    public String getNameKey() {
        return getSite().nameKey();
    }

    public boolean isProxyWindow() {
        return Site.isProxyWindow(viewId());
    }

    public boolean isAdministratorArea() {
        return Site.isAdministratorArea(viewId());
    }
}
