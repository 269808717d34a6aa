package jp.office050.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of a page: the one the browser asks for (Accept-Language) among those the portal has; Japanese, the
 * portal's default (faces-config), when it asks for none. Without this a request without the header got English: the
 * container then reports the JVM's own locale as the request's, and English is one the portal has.
 */
public class PortalLanguage extends ViewHandlerWrapper {

    public PortalLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Locale fallback = context.getApplication().getDefaultLocale();
        if (fallback != null
                && context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getHeader("Accept-Language") == null) {
            return fallback;
        }
        return super.calculateLocale(context);
    }
}
