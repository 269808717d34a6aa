package jp.office050.audit.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/** Where the current request came from; the web module fills it in for every request. */
@RequestScoped
public class RequestOrigin {

    private String address;
    private Locale locale = Locale.JAPANESE;

    public void set(String address) {
        this.address = address;
    }

    /** The language the request prefers (the browser's first choice): where a notice is told in its language. */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String address() {
        return address;
    }
}
