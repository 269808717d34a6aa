package jp.office050.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code #{statelessView.current}}: whether the view being built is a login form ({@link StatelessLoginViews}). */
@Named
@ApplicationScoped
public class StatelessView {

    public boolean isCurrent() {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        return view != null && LoginPageFilter.isLoginForm(view.getViewId());
    }
}
