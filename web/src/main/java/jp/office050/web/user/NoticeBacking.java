package jp.office050.web.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.lines.boundary.ContactAddresses;

/** The link of the mail that proves a user's address for notices; it works without a login. */
@Named("noticeLink")
@RequestScoped
public class NoticeBacking {

    @Inject
    ContactAddresses addresses;

    private String token;
    private boolean verified;

    public void verify() {
        verified = addresses.verify(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
