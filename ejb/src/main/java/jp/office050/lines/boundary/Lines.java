package jp.office050.lines.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.OptionService;
import jp.office050.credentials.control.PasswordGenerator;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.lines.control.LineAccess;
import jp.office050.lines.control.LineCounts;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;
import jp.office050.mailaccounts.control.Acting;
import jp.office050.mailaccounts.control.ActingAdministrators;
import jp.office050.notices.control.LineNotices;
import jp.office050.notices.control.NoticeMails.Kind;
import jp.office050.platform.control.Meters;
import jp.office050.platform.entity.Utc;

/** The administrator's view of its contract's lines: the list, lockout release and password reset. */
@Stateless
public class Lines {

    private static final String FROM_CONTRACT = " FROM Line l WHERE l.contract = :contract AND l.kind = :kind";
    /**
     * A part of the number, the login ID or the name, case-folded: one LIKE on the line's search key, only where there
     * is a search (a list without one walks the contract's index in order and stops at its page). On PostgreSQL a
     * trigram index serves it (db/vendor/postgresql).
     */
    private static final String SEARCH = " AND l.searchKey LIKE :search ESCAPE '\\'";
    /**
     * The same search for reading the lines themselves (a page, the export): the ids that match, from the index that
     * carries the search key, then those lines by id. Asked in one with their columns, H2 reads every line of the
     * contract through its (contract, kind) index to test the key (10,000 lines: 2.9 -> 0.7 ms for one line, 5.2 ->
     * 3.2 ms for 500); PostgreSQL plans both forms alike (its trigram index, 100,000 lines: 2.9 -> 2.2 ms, 6.8 -> 5.5).
     */
    private static final String SEARCH_BY_ID = " AND l.id IN (SELECT s.id FROM Line s WHERE s.contract = :contract"
            + " AND s.kind = :kind AND s.searchKey LIKE :search ESCAPE '\\')";

    private static final String LOCKED = " AND l.lockout.lockedUntil > :now";
    private static final String SUMMARY = "SELECT l.id, l.number, l.loginId, l.displayName, l.lockout.lockedUntil,"
            + " l.password.temporary, l.lastLogin, l.subscriptions.forwarding, l.subscriptions.clickDial,"
            + " l.subscriptions.anonymousRejection, l.password.expiresAt";

    @PersistenceContext
    EntityManager em;

    @Inject
    ActingAdministrators administrators;

    @Inject
    LineAccess access;

    @Inject
    LineCounts lineCounts;

    @Inject
    PasswordGenerator generator;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    Clock clock;

    @Inject
    Meters meters;

    @Inject
    AuditTrail audit;

    @Inject
    LineNotices notices;

    /**
     * The most lines a search counts: beyond it the list says "more than" this many and shows the first of them, so that
     * a short search in a contract of 100,000 lines stops reading once it has found enough (a two-character name is
     * read from every line, where no trigram serves it). The list without a search is counted exactly.
     */
    public static final int SEARCH_COUNT_LIMIT = 1_000;

    /**
     * How many lines the query finds: exactly without a search (all of the contract's lines: the count kept as lines come
     * and go, {@link LineCounts}); with one, exactly up to {@link #SEARCH_COUNT_LIMIT}, and {@code SEARCH_COUNT_LIMIT + 1}
     * for "more".
     */
    public long count(LineQuery query) {
        Instant now = clock.instant();
        if (!query.searches() && !query.lockedOnly()) {
            return lineCounts.of(administrators.current().administrator().getContract());
        }
        if (query.searches()) {
            return bind(em.createQuery("SELECT l.id" + where(query), Long.class), query, now)
                    .setMaxResults(SEARCH_COUNT_LIMIT + 1)
                    .getResultList()
                    .size();
        }
        var count = bind(em.createQuery("SELECT COUNT(l)" + where(query), Long.class), query, now);
        return count.getSingleResult();
    }

    /** How many of the contract's lines are locked now (the list's "locked now" link). */
    public long lockedNow() {
        return count(new LineQuery("", true, null, true, 0, 1));
    }

    public List<LineSummary> page(LineQuery query) {
        return meters.timeLineList(() -> onePage(query));
    }

    private List<LineSummary> onePage(LineQuery query) {
        Instant now = clock.instant();
        var rows = bind(em.createQuery(SUMMARY + readWhere(query) + order(query), Object[].class), query, now)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultList();
        return rows.stream().map(row -> summary(row, now)).toList();
    }

    /** The most lines one export holds (the largest contracts have some ten thousand). */
    public static final int MAX_EXPORT = 50_000;

    /** Every line the query finds (its search and order, not its page), for the list's CSV export. */
    public List<LineSummary> all(LineQuery query) {
        Instant now = clock.instant();
        List<LineSummary> lines = bind(
                        em.createQuery(SUMMARY + readWhere(query) + order(query), Object[].class), query, now)
                .setMaxResults(MAX_EXPORT)
                .getResultStream()
                .map(row -> summary(row, now))
                .toList();
        Acting acting = administrators.current();
        audit.record(acting.event(Action.LIST_EXPORT, acting.administrator().auditName(), AuditEvent.Outcome.SUCCEEDED)
                .detail(lines.size() + " lines" + (query.search().isEmpty() ? "" : ", searched")
                        + (query.lockedOnly() ? ", locked only" : "")));
        return lines;
    }

    /** Whose list this is: the administrator ID, its contract, and whether an email account acts through it. */
    public ListHeading heading() {
        Acting acting = administrators.current();
        Administrator admin = acting.administrator();
        return new ListHeading(
                admin.getAdminId(),
                admin.getContract().getNumber(),
                admin.getContract().getCustomerName(),
                acting.via() != null);
    }

    public void releaseLockout(long lineId) {
        Line line = access.administered(lineId, Action.LOCKOUT_RELEASE, LockModeType.PESSIMISTIC_WRITE);
        line.releaseLockout();
        access.succeeded(line, Action.LOCKOUT_RELEASE, null);
        notices.tell(line.getId(), line.getLoginId(), Kind.LOCK_RELEASED, clock.instant());
    }

    /** Gives the line a new random password, temporary until the user chooses one; returns it to be shown once. */
    public String resetPassword(long lineId) {
        String password = generator.generate();
        String hash = hasher.hash(password); // before the row is locked: the hash is slow
        Line line = access.administered(lineId, Action.PASSWORD_RESET, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        line.resetPassword(hash, now, temporaryPasswords.expiryOf(now));
        access.succeeded(line, Action.PASSWORD_RESET, null);
        notices.tell(line.getId(), line.getLoginId(), Kind.PASSWORD_RESET, now);
        return password;
    }

    /**
     * The page's order; a value that lines may share is followed by the line's id, so that pages neither repeat nor
     * skip a line. A unique one (number, login ID) stands alone: the contract's index on it then gives the page in
     * order, where a second key would make PostgreSQL walk the whole table's number index (4 ms at 100,000 lines).
     */
    private static String order(LineQuery query) {
        return " ORDER BY " + query.sort().path + (query.ascending() ? " ASC" : " DESC")
                + (query.sort().unique ? "" : ", l.id ASC");
    }

    private String where(LineQuery query) {
        return FROM_CONTRACT + (query.searches() ? SEARCH : "") + (query.lockedOnly() ? LOCKED : "");
    }

    /** The lines a page or the export reads: as {@link #where}, with the search by id. */
    private String readWhere(LineQuery query) {
        return FROM_CONTRACT + (query.searches() ? SEARCH_BY_ID : "") + (query.lockedOnly() ? LOCKED : "");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed, LineQuery query, Instant now) {
        typed.setParameter("contract", administrators.current().administrator().getContract())
                .setParameter("kind", LineKind.ORDINARY);
        if (query.searches()) {
            typed.setParameter("search", query.likePattern());
        }
        if (query.lockedOnly()) {
            typed.setParameter("now", Utc.column(now));
        }
        return typed;
    }

    private static LineSummary summary(Object[] row, Instant now) {
        Instant lockedUntil = Utc.instant((LocalDateTime) row[4]);
        boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
        boolean temporary = (Boolean) row[5];
        Instant passwordExpires = Utc.instant((LocalDateTime) row[10]);
        return new LineSummary(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                locked ? lockedUntil : null,
                temporary,
                temporary && passwordExpires != null && !now.isBefore(passwordExpires),
                Utc.instant((LocalDateTime) row[6]),
                services(row));
    }

    private static List<OptionService> services(Object[] row) {
        List<OptionService> services = new ArrayList<>();
        if ((Boolean) row[7]) {
            services.add(OptionService.FORWARDING);
        }
        if ((Boolean) row[8]) {
            services.add(OptionService.CLICK_DIAL);
        }
        if ((Boolean) row[9]) {
            services.add(OptionService.ANONYMOUS_REJECTION);
        }
        return services;
    }
}
