package jp.office050.options.boundary;

/**
 * Which line the settings pages are about: its 050 number, login ID and name, for the page header and the proxy
 * banner. A bean rather than a record: Jakarta Expression Language 5 reads only getters.
 */
public final class LineIdentity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final String loginId;
    private final String displayName;

    public LineIdentity(String number, String loginId, String displayName) {
        this.number = number;
        this.loginId = loginId;
        this.displayName = displayName;
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
}
