package jp.office050.history.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Whose audit trail the page shows: an administrator ID's contract, or the contracts of the administrator IDs an email
 * account has linked (then each event is marked with its contract).
 */
public final class HistoryScope implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String principal;
    private final List<String> contractNumbers;

    HistoryScope(String principal, List<String> contractNumbers) {
        this.principal = principal;
        this.contractNumbers = List.copyOf(contractNumbers);
    }

    /** Who is looking, as the trail names it ({@code admin:…} or {@code mail:…}). */
    public String getPrincipal() {
        return principal;
    }

    public List<String> getContractNumbers() {
        return contractNumbers;
    }

    /** The numbers, for a heading: 05000000001、05000000002. */
    public String getContractList() {
        return String.join("、", contractNumbers);
    }

    public boolean isSeveral() {
        return contractNumbers.size() > 1;
    }
}
