package jp.office050.web;

import jp.office050.access.control.Caller;

/**
 * The portal's sites and which one a path belongs to: the one place that answers "which site is this page?". The
 * admin portal (front page, /admin/…, the proxy windows under /admin/proxy/), the user settings site (/user/…), the
 * email login and admin list (/mail/…) and My Page (/mypage/…).
 */
public enum Site {
    ADMIN("/", "site.name", "/admin/lines.xhtml", "login.failed"),
    USER("/user/", "site.name.user", "/user/settings/index.xhtml", "login.failed"),
    MAIL("/mail/", "site.name", "/mail/admins.xhtml", "mail.login.failed"),
    MYPAGE("/mypage/register.xhtml", "site.name.mypage", "/mypage/register.xhtml", "login.failed");

    private final String loginPage;
    private final String nameKey;
    private final String landingPage;
    private final String loginFailureKey;

    Site(String loginPage, String nameKey, String landingPage, String loginFailureKey) {
        this.loginPage = loginPage;
        this.nameKey = nameKey;
        this.landingPage = landingPage;
        this.loginFailureKey = loginFailureKey;
    }

    /** The site of a path within the application (a view id, or a request URI without the context path). */
    public static Site of(String path) {
        if (path.startsWith("/user/")) {
            return USER;
        }
        if (path.startsWith("/mail/")) {
            return MAIL;
        }
        return path.startsWith("/mypage/") ? MYPAGE : ADMIN;
    }

    /** The site where a kind of caller logs in (an operator logs in nowhere: the administrators' front page). */
    public static Site of(Caller.Kind kind) {
        return switch (kind) {
            case ADMIN, OPERATOR -> ADMIN;
            case USER -> USER;
            case MAIL -> MAIL;
        };
    }

    /** A page of an administrator's signed-in area (the list, the proxy windows). */
    public static boolean isAdministratorArea(String path) {
        return path.startsWith("/admin/");
    }

    /** A page of a proxy window (代理設定), where an administrator sets a line on the user's behalf. */
    public static boolean isProxyWindow(String path) {
        return path.startsWith("/admin/proxy/");
    }

    public String loginPage() {
        return loginPage;
    }

    /** The bundle key of the site's name, as its pages' header says it. */
    public String nameKey() {
        return nameKey;
    }

    /** Where a successful login on this site leads. */
    public String landingPage() {
        return landingPage;
    }

    /** The bundle key of the message a failed login shows (never saying whether the ID exists). */
    public String loginFailureKey() {
        return loginFailureKey;
    }
}
