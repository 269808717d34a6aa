package jp.office050.audit.control;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from; the web module fills it in for every request. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public void set(String address) {
        this.address = address;
    }

    public String address() {
        return address;
    }
}
