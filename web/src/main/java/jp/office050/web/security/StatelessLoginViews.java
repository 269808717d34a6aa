package jp.office050.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * The login forms are stateless views: they keep nothing in a session (no view state, no view scope), so the same
 * page serves everybody ({@link LoginPageFilter}) and a login form never goes stale. A view is marked when it is
 * made, before anything would open a view scope, and with it a session (PrimeFaces' script nonce, in particular);
 * the page template's {@code f:view} says so again ({@link StatelessView}) for the post, which JSF builds
 * anew and then requires to be stateless.
 */
public class StatelessLoginViews extends ViewDeclarationLanguageFactory {

    public StatelessLoginViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        if (!LoginPageFilter.isLoginForm(viewId)) {
            return language;
        }
        return new ViewDeclarationLanguageWrapper(language) {
            @Override
            public UIViewRoot createView(FacesContext context, String viewId) {
                UIViewRoot view = super.createView(context, viewId);
                if (view != null) {
                    view.setTransient(true);
                }
                return view;
            }
        };
    }
}
