package jp.office050.web.security;

import jakarta.security.enterprise.credential.Credential;
import jp.office050.login.boundary.LoginResult;
import jp.office050.login.boundary.Logins;
import jp.office050.web.Site;

/** An ID and password typed into one of the portal's login forms. */
public sealed interface PortalCredential extends Credential
        permits PortalCredential.Admin, PortalCredential.User, PortalCredential.Mail {

    LoginResult checkWith(Logins logins);

    /** What was typed into the login form of a site. */
    static PortalCredential typedOn(Site site, String id, String password) {
        return switch (site) {
            case USER -> new User(id, password);
            case MAIL -> new Mail(id, password);
            case ADMIN, MYPAGE -> new Admin(id, password);
        };
    }

    /** 管理者ID + パスワード on the admin portal's front page. */
    record Admin(String adminId, String password) implements PortalCredential {
        @Override
        public LoginResult checkWith(Logins logins) {
            return logins.administrator(adminId, password);
        }

        @Override
        public String toString() {
            return "Admin[" + adminId + "]";
        }
    }

    /** メールアドレス (or master ID) + パスワード on the email login page. */
    record Mail(String identifier, String password) implements PortalCredential {
        @Override
        public LoginResult checkWith(Logins logins) {
            return logins.mail(identifier, password);
        }

        @Override
        public String toString() {
            return "Mail[" + identifier + "]";
        }
    }

    /** ログインID + パスワード on the user settings site. */
    record User(String loginId, String password) implements PortalCredential {
        @Override
        public LoginResult checkWith(Logins logins) {
            return logins.user(loginId, password);
        }

        @Override
        public String toString() {
            return "User[" + loginId + "]";
        }
    }
}
