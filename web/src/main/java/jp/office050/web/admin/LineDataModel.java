package jp.office050.web.admin;

import java.util.List;
import java.util.Map;
import jp.office050.lines.boundary.LineQuery;
import jp.office050.lines.boundary.LineSummary;
import jp.office050.lines.boundary.Lines;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The user number list, a page at a time: search, sort and paging happen in the database. It lives in its page's view
 * state, which a cluster replicates: every field is serialisable (the boundary's reference is the container's
 * serialisable proxy).
 */
class LineDataModel extends LazyDataModel<LineSummary> {

    private static final Map<String, LineQuery.Sort> SORTS = Map.of(
            "number", LineQuery.Sort.NUMBER,
            "loginId", LineQuery.Sort.LOGIN_ID,
            "displayName", LineQuery.Sort.NAME,
            "lockedUntil", LineQuery.Sort.LOCKED_UNTIL,
            "lastLogin", LineQuery.Sort.LAST_LOGIN);

    private final Lines lines;
    private LinesBacking.Search search = new LinesBacking.Search("", false);
    private List<LineSummary> page = List.of();
    private Map<String, SortMeta> lastSorts = Map.of();
    private boolean more;

    LineDataModel(Lines lines) {
        this.lines = lines;
    }

    /** From now on the list shows what this search finds. */
    void search(LinesBacking.Search search) {
        this.search = search;
    }

    /**
     * The lines found, at most {@link Lines#SEARCH_COUNT_LIMIT} for a search: beyond that the pages go to the limit and
     * the list says there are more ({@link #isMore()}).
     */
    @Override
    public int count(Map<String, FilterMeta> filters) {
        LineQuery query = query(0, 1, Map.of());
        long found = lines.count(query);
        more = query.searches() && found > Lines.SEARCH_COUNT_LIMIT;
        return more ? Lines.SEARCH_COUNT_LIMIT : (int) found;
    }

    /** Whether the last search found more lines than it counts. */
    boolean isMore() {
        return more;
    }

    @Override
    public List<LineSummary> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> f) {
        lastSorts = Map.copyOf(sorts);
        page = lines.page(query(first, pageSize, sorts));
        return page;
    }

    @Override
    public String getRowKey(LineSummary line) {
        return Long.toString(line.getId());
    }

    /** Only a row of the page on screen can be selected; any other key selects nothing. */
    @Override
    public LineSummary getRowData(String rowKey) {
        return page.stream()
                .filter(line -> getRowKey(line).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    /** The list as on screen (its search and its order), every page of it. */
    LineQuery onScreen() {
        return query(0, LineQuery.MAX_PAGE_SIZE, lastSorts);
    }

    private LineQuery query(int first, int pageSize, Map<String, SortMeta> sorts) {
        var sort = sorts.values().stream().findFirst();
        LineQuery.Sort by = sort.map(meta -> SORTS.get(meta.getField())).orElse(LineQuery.Sort.NUMBER);
        boolean ascending =
                sort.map(meta -> meta.getOrder() != SortOrder.DESCENDING).orElse(true);
        var current = search;
        return new LineQuery(current.text(), current.lockedOnly(), by, ascending, first, pageSize);
    }
}
