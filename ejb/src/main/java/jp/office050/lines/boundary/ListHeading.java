package jp.office050.lines.boundary;

/**
 * The heading of a user number list: which administrator ID and contract it shows, and whether an email account
 * looks at it through a link (then the page offers 管理者一覧へ戻る>>).
 */
public class ListHeading implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String adminId;
    private final String contractNumber;
    private final String customerName;
    private final boolean throughLink;

    public ListHeading(String adminId, String contractNumber, String customerName, boolean throughLink) {
        this.adminId = adminId;
        this.contractNumber = contractNumber;
        this.customerName = customerName;
        this.throughLink = throughLink;
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

    public boolean isThroughLink() {
        return throughLink;
    }
}
