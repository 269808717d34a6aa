package jp.office050.provisioning.boundary;

import java.util.List;
import java.util.Locale;
import jp.office050.contracts.entity.Contract;

/**
 * A contract as the API shows it.
 *
 * @param state {@code active}, {@code suspended} or {@code cancelled}
 * @param administratorId its administrator ID, once issued; null before
 */
public record ContractView(
        String number, String customerName, String state, List<String> services, String administratorId) {

    static ContractView of(Contract contract, String administratorId) {
        return new ContractView(
                contract.getNumber(),
                contract.getCustomerName(),
                contract.getState().name().toLowerCase(Locale.ROOT),
                ServiceNames.of(contract.services()),
                administratorId);
    }
}
