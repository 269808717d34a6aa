package jp.office050.history.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.access.boundary.NotPermittedException.Reason;
import jp.office050.access.control.Caller;
import jp.office050.access.control.Callers;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.lines.boundary.LineQuery;
import jp.office050.mailaccounts.control.Acting;
import jp.office050.mailaccounts.control.ActingAdministrators;
import jp.office050.mailaccounts.entity.AdminLink;
import jp.office050.platform.entity.Utc;

/**
 * 操作履歴: the audit trail of the caller's own contract (an administrator ID), or of the contracts of the
 * administrator IDs an email account has linked. The scope is taken from the signed-in caller on every call and is
 * part of every query, whatever the filter says: a filter can only narrow it. Newest first, paged by where the last
 * page ended (no offset and no count), so a page costs the same at the millionth event as at the first.
 */
@Stateless
public class History {

    public static final int PAGE_SIZE = 50;

    /** The most events one CSV export holds. */
    public static final int MAX_EXPORT = 50_000;

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final String ORDER = " ORDER BY e.occurredAt DESC, e.id DESC";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ActingAdministrators administrators;

    @Inject
    AuditTrail audit;

    public HistoryScope scope() {
        Caller caller = callers.current();
        return new HistoryScope(
                caller.principalName(), new ArrayList<>(contracts(caller).values()));
    }

    /** The newest page the query finds ({@code after} null), or the page after {@code after}. */
    public HistoryPage page(HistoryQuery query, HistoryCursor after) {
        Map<Long, String> contracts = narrowed(contracts(callers.current()), query);
        if (contracts.isEmpty() || query.periodReversed()) {
            return new HistoryPage(List.of(), null);
        }
        List<HistoryEntry> rows = query(contracts, query, after)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultStream()
                .map(row -> HistoryEntry.of(row, contracts::get))
                .toList();
        if (rows.size() <= PAGE_SIZE) {
            return new HistoryPage(rows, null);
        }
        List<HistoryEntry> page = rows.subList(0, PAGE_SIZE);
        return new HistoryPage(List.copyOf(page), page.get(PAGE_SIZE - 1).cursor());
    }

    /** Every event the query finds (up to {@link #MAX_EXPORT}), newest first, for the CSV export; the export is audited. */
    public List<HistoryEntry> export(HistoryQuery query) {
        Caller caller = callers.current();
        Map<Long, String> contracts = narrowed(contracts(caller), query);
        List<HistoryEntry> rows = contracts.isEmpty() || query.periodReversed()
                ? List.of()
                : query(contracts, query, null)
                        .setMaxResults(MAX_EXPORT)
                        .getResultStream()
                        .map(row -> HistoryEntry.of(row, contracts::get))
                        .toList();
        String detail = rows.size() + " events" + (query.equals(HistoryQuery.everything()) ? "" : ", filtered");
        AuditEvent event = caller.kind() == Caller.Kind.ADMIN
                ? administrators.current().event(Action.AUDIT_EXPORT, caller.principalName(), Outcome.SUCCEEDED)
                : AuditEvent.self(caller.principalName(), Action.AUDIT_EXPORT, Outcome.SUCCEEDED);
        audit.record(event.detail(detail));
        return rows;
    }

    /**
     * The tenant check: the contracts whose events the caller may see, by id, with their numbers. An administrator ID
     * sees its own (refused while its password is temporary or its contract not active, as everywhere in the
     * portal); an email account the contracts of the administrator IDs it links now, active ones only.
     */
    private Map<Long, String> contracts(Caller caller) {
        Map<Long, String> contracts = new LinkedHashMap<>();
        switch (caller.kind()) {
            case ADMIN -> {
                Acting acting = administrators.current();
                var contract = acting.administrator().getContract();
                contracts.put(contract.getId(), contract.getNumber());
            }
            case MAIL ->
                em.createNamedQuery(AdminLink.OF_ACCOUNT, AdminLink.class)
                        .setParameter("account", caller.id())
                        .getResultStream()
                        .map(AdminLink::getAdministrator)
                        .filter(admin -> admin.mayActOnItsOwn())
                        .forEach(admin -> contracts.put(
                                admin.getContract().getId(), admin.getContract().getNumber()));
            case USER, OPERATOR -> throw new NotPermittedException(Reason.NOT_SIGNED_IN);
        }
        return contracts;
    }

    /** The caller's contracts, narrowed to the one the filter names (none if it names another). */
    private static Map<Long, String> narrowed(Map<Long, String> contracts, HistoryQuery query) {
        if (query.contract().isEmpty()) {
            return contracts;
        }
        Map<Long, String> one = new HashMap<>();
        contracts.forEach((id, number) -> {
            if (number.equals(query.contract())) {
                one.put(id, number);
            }
        });
        return one;
    }

    private TypedQuery<Object[]> query(Map<Long, String> contracts, HistoryQuery query, HistoryCursor after) {
        var jpql = new StringBuilder("SELECT ").append(HistoryEntry.COLUMNS).append(" FROM AuditEvent e WHERE ");
        Map<String, Object> parameters = new HashMap<>();
        if (contracts.size() == 1) {
            jpql.append("e.contractId = :contract");
            parameters.put("contract", contracts.keySet().iterator().next());
        } else {
            jpql.append("e.contractId IN :contracts");
            parameters.put("contracts", List.copyOf(contracts.keySet()));
        }
        if (!query.line().isEmpty()) {
            jpql.append(" AND (e.target IN :lines OR e.actor IN :lines)");
            parameters.put("lines", lineNames(contracts, query.line()));
        }
        if (query.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.outcome() != null) {
            jpql.append(" AND e.outcome = :outcome");
            parameters.put("outcome", query.outcome());
        }
        if (!query.actor().isEmpty()) {
            jpql.append(" AND LOWER(e.actor) LIKE :actor ESCAPE '\\'");
            parameters.put("actor", LineQuery.like(query.actor()));
        }
        if (query.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", startOf(query.to().plusDays(1)));
        }
        if (after != null) {
            // the first condition is a range on the index, the second sorts out the events at the same instant
            jpql.append(" AND e.occurredAt <= :at AND (e.occurredAt < :at OR e.id < :id)");
            parameters.put("at", Utc.column(after.occurredAt()));
            parameters.put("id", after.id());
        }
        TypedQuery<Object[]> typed = em.createQuery(jpql.append(ORDER).toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /**
     * The names a line goes by in the trail ({@code line:} as a target, {@code user:} as its own user), for the line
     * with that number or login ID among the caller's contracts; the text itself is taken as a login ID too, so a line
     * the provider has since removed is still found (in the caller's contracts only, as every query).
     */
    private List<String> lineNames(Map<Long, String> contracts, String text) {
        List<String> loginIds = new ArrayList<>(em.createQuery(
                        "SELECT l.loginId FROM Line l WHERE l.contract.id IN :contracts"
                                + " AND (l.number = :text OR l.loginId = :text)",
                        String.class)
                .setParameter("contracts", List.copyOf(contracts.keySet()))
                .setParameter("text", text)
                .getResultList());
        loginIds.add(text);
        List<String> names = new ArrayList<>();
        for (String loginId : loginIds) {
            names.add("line:" + loginId);
            names.add("user:" + loginId);
        }
        return names;
    }

    private static java.time.LocalDateTime startOf(LocalDate day) {
        return Utc.column(day.atStartOfDay(JAPAN).toInstant());
    }
}
