package jp.office050.mailaccounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.administrators.entity.Administrator;
import jp.office050.platform.entity.Utc;

/** An administrator ID linked to an email account (管理者ID連携): when, and by whom. */
@Entity
@Table(name = "admin_link")
@NamedQueries({
    @NamedQuery(
            name = AdminLink.OF_ACCOUNT,
            query = "SELECT l FROM AdminLink l JOIN FETCH l.administrator a JOIN FETCH a.contract"
                    + " WHERE l.account.identifier = :account ORDER BY l.linkedAt DESC, l.id DESC"),
    @NamedQuery(
            name = AdminLink.ACCOUNTS_OF,
            query = "SELECT l.account.identifier FROM AdminLink l WHERE l.administrator.adminId = :adminId"),
    @NamedQuery(
            name = AdminLink.ONE,
            query = "SELECT l FROM AdminLink l WHERE l.account.identifier = :account"
                    + " AND l.administrator.adminId = :adminId")
})
public class AdminLink {

    public static final String OF_ACCOUNT = "AdminLink.ofAccount";
    public static final String ONE = "AdminLink.one";
    public static final String ACCOUNTS_OF = "AdminLink.accountsOf";

    @Id
    @SequenceGenerator(name = "admin_link_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_link_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mail_account_id", nullable = false)
    private MailAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "administrator_id", nullable = false)
    private Administrator administrator;

    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    @Column(name = "linked_by", nullable = false, length = 120)
    private String linkedBy;

    protected AdminLink() {}

    public AdminLink(MailAccount account, Administrator administrator, Instant now, String linkedBy) {
        this.account = account;
        this.administrator = administrator;
        this.linkedAt = Utc.column(now);
        this.linkedBy = linkedBy;
    }

    public Administrator getAdministrator() {
        return administrator;
    }

    public Instant getLinkedAt() {
        return Utc.instant(linkedAt);
    }
}
