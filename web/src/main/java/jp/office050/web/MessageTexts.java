package jp.office050.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * Texts of the view's message bundle ({@code msg}), in the view's language. At start-up this becomes OmniFaces'
 * message resolver, so that {@code Messages.addGlobalError("key", arguments)} shows the bundle's text, not the key.
 */
@WebListener
public class MessageTexts implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(MessageTexts::text);
    }

    public static String text(String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments == null || arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
