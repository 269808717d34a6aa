package jp.office050.lines.boundary;

/** One page of the user number list: what to search for, how to sort, which rows. */
public record LineQuery(String search, boolean lockedOnly, Sort sort, boolean ascending, int first, int pageSize) {

    /** The columns the list sorts by; anything else sorts by number. */
    public enum Sort {
        NUMBER("l.number", true),
        LOGIN_ID("l.loginId", true),
        NAME("l.displayName", false),
        LOCKED_UNTIL("l.lockout.lockedUntil", false),
        LAST_LOGIN("l.lastLogin", false);

        final String path;
        /** Whether no two lines share the value (050 numbers and login IDs), so that it orders the rows alone. */
        final boolean unique;

        Sort(String path, boolean unique) {
            this.path = path;
            this.unique = unique;
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
    public boolean searches() {
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
