package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import jp.office050.access.control.Scopes;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.OptionService;
import jp.office050.provisioning.control.Operators;

/**
 * The provider's contracts (基本契約): opened, read, listed, renamed, suspended, resumed and cancelled by the provider's
 * systems through the API. A cancelled contract is kept for the audit trail; the list leaves it out.
 */
@Stateless
public class Contracts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Operators operators;

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<ContractView> open(ContractOrder order) {
        operators.current();
        List<InvalidField> invalid =
                new java.util.ArrayList<>(Contract.violations(order.number(), order.customerName()));
        Set<OptionService> services;
        try {
            services = ServiceNames.parse("services", order.services());
        } catch (InvalidFieldsException unknown) {
            invalid.addAll(unknown.fields());
            services = Set.of();
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldsException(invalid);
        }
        if (!em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                .setParameter("number", order.number())
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("number", "a contract with this number exists");
        }
        Contract contract = new Contract(order.number(), order.customerName(), services);
        em.persist(contract);
        em.flush();
        operators.record(contract, Action.CONTRACT_OPEN, contract.auditName(), "services " + ServiceNames.of(services));
        return view(contract);
    }

    @RolesAllowed({Scopes.READ, Scopes.PROVISION, Scopes.UNLOCK})
    public Versioned<ContractView> find(String number) {
        return view(operators.contract(number, LockModeType.NONE));
    }

    /** The contracts that are not cancelled, by number. */
    @RolesAllowed(Scopes.READ)
    public Page<ContractView> list(int offset, int limit) {
        operators.current();
        long total = em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.state <> :cancelled", Long.class)
                .setParameter("cancelled", Contract.State.CANCELLED)
                .getSingleResult();
        List<Contract> contracts = em.createQuery(
                        "SELECT c FROM Contract c WHERE c.state <> :cancelled ORDER BY c.number", Contract.class)
                .setParameter("cancelled", Contract.State.CANCELLED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        List<ContractView> items = contracts.stream().map(c -> view(c).body()).toList();
        return new Page<>(items, offset, limit, total);
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<ContractView> rename(String number, Long expectedVersion, String customerName) {
        Contract contract = changeable(number, expectedVersion);
        contract.rename(customerName);
        return changed(contract, "renamed");
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<ContractView> suspend(String number, Long expectedVersion) {
        Contract contract = changeable(number, expectedVersion);
        contract.suspend();
        return changed(contract, "suspended");
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<ContractView> resume(String number, Long expectedVersion) {
        Contract contract = changeable(number, expectedVersion);
        contract.resume();
        return changed(contract, "resumed");
    }

    @RolesAllowed(Scopes.PROVISION)
    public Versioned<ContractView> cancel(String number, Long expectedVersion) {
        Contract contract = changeable(number, expectedVersion);
        contract.cancel();
        return changed(contract, "cancelled");
    }

    private Contract changeable(String number, Long expectedVersion) {
        Contract contract = operators.contract(number, LockModeType.PESSIMISTIC_WRITE);
        Operators.requireVersion(expectedVersion, contract.getVersion());
        if (contract.getState() == Contract.State.CANCELLED) {
            throw new ConflictException(null, "the contract is cancelled; it can no longer be changed");
        }
        return contract;
    }

    private Versioned<ContractView> changed(Contract contract, String what) {
        em.flush(); // the new version
        operators.record(contract, Action.CONTRACT_CHANGE, contract.auditName(), what);
        return view(contract);
    }

    private Versioned<ContractView> view(Contract contract) {
        String adminId = em.createQuery(
                        "SELECT a.adminId FROM Administrator a WHERE a.contract = :contract", String.class)
                .setParameter("contract", contract)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new Versioned<>(ContractView.of(contract, adminId), contract.getVersion());
    }
}
