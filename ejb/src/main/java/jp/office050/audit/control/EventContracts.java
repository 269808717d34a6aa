package jp.office050.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.office050.audit.entity.AuditEvent;

/**
 * Finds the contract an event belongs to from the names it holds ({@link AuditEvent#contractNames()}): an
 * administrator ID's or a line's contract, or a contract by number. By the tables, not the entities, so that the audit
 * trail depends on no business component (they all record into it). An indexed lookup by a unique key each.
 */
@Dependent
public class EventContracts {

    @PersistenceContext
    EntityManager em;

    public Optional<Long> of(AuditEvent event) {
        for (String name : event.contractNames()) {
            Optional<Long> contract = contractOf(name);
            if (contract.isPresent()) {
                return contract;
            }
        }
        return Optional.empty();
    }

    private Optional<Long> contractOf(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String sql = switch (name.substring(0, colon)) {
            case "admin" -> "SELECT contract_id FROM administrator WHERE admin_id = ?1";
            case "user", "line" -> "SELECT contract_id FROM line WHERE login_id = ?1";
            case "contract" -> "SELECT id FROM contract WHERE contract_number = ?1";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return em.createNativeQuery(sql)
                .setParameter(1, name.substring(colon + 1))
                .getResultStream()
                .findFirst()
                .map(id -> ((Number) id).longValue());
    }
}
