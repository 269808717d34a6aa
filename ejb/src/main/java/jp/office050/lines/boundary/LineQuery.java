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
        search = search == null ? "" : search.replaceAll("\\p{Cntrl}", "").strip();
        sort = sort == null ? Sort.NUMBER : sort;
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
    }

    /** Whether there is anything to search for (a blank search shows every line). */
    boolean searches() {
        return !search.isEmpty();
    }

    /** The search text as a LIKE pattern, wildcards in it taken literally. */
    String likePattern() {
        return like(search);
    }

    /** A search text as a case-folded LIKE pattern for a part of a value (escape character backslash). */
    public static String like(String search) {
        String escaped = (search == null ? "" : search.strip())
                .replaceAll("\\p{Cntrl}", "") // the search key separates its fields with one
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
