package jp.office050.mailaccounts.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.office050.mailaccounts.entity.AdminLink;

/** One row of 管理者一覧: a linked administrator ID with its contract. */
public class LinkedAdministrator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String adminId;
    private final String contractNumber;
    private final String customerName;
    private final Instant linkedAt;

    LinkedAdministrator(AdminLink link) {
        this.adminId = link.getAdministrator().getAdminId();
        this.contractNumber = link.getAdministrator().getContract().getNumber();
        this.customerName = link.getAdministrator().getContract().getCustomerName();
        this.linkedAt = link.getLinkedAt();
    }

    public String getAdminId() {
        return adminId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
