package jp.office050.lines.boundary;

/** One page of the user number list: what to search for, how to sort, which rows. */
public record LineQuery(String search, boolean lockedOnly, Sort sort, boolean ascending, int first, int pageSize) {

    /** The columns the list sorts by; anything else sorts by number. */
    public enum Sort {
        NUMBER("l.number"),
        LOGIN_ID("l.loginId"),
        NAME("l.displayName"),
        LOCKED_UNTIL("l.lockout.lockedUntil"),
        LAST_LOGIN("l.lastLogin");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public static final int MAX_PAGE_SIZE = 100;

    public LineQuery {
        search = search == null ? "" : search.strip();
        sort = sort == null ? Sort.NUMBER : sort;
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
    }

    /** The search text as a LIKE pattern, wildcards in it taken literally. */
    String likePattern() {
        String escaped = search.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
