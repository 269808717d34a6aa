package jp.office050.lines.boundary;

/** What the user settings site shows about the signed-in line (a bean: EL 5 reads only getters). */
public final class MyLineStatus {

    private final String number;
    private final String loginId;
    private final String displayName;
    private final boolean mustChangePassword;

    public MyLineStatus(String number, String loginId, String displayName, boolean mustChangePassword) {
        this.number = number;
        this.loginId = loginId;
        this.displayName = displayName;
        this.mustChangePassword = mustChangePassword;
    }

    public String getNumber() {
        return number;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
