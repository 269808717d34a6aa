package jp.office050.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of a background import: pending until the job made its initial password, then the password sealed (for the
 * provider to fetch once the job is done), or skipped when the line was removed meanwhile.
 */
@Entity
@Table(name = "line_import_password")
@NamedQuery(
        name = ImportedPassword.PENDING,
        query = "SELECT p.id FROM ImportedPassword p WHERE p.importId = :importId AND p.sealedPassword IS NULL"
                + " AND p.skipped = FALSE ORDER BY p.id")
@NamedQuery(
        name = ImportedPassword.DONE,
        query = "SELECT COUNT(p) FROM ImportedPassword p WHERE p.importId = :importId"
                + " AND (p.sealedPassword IS NOT NULL OR p.skipped = TRUE)")
@NamedQuery(
        name = ImportedPassword.MADE,
        query = "SELECT p FROM ImportedPassword p WHERE p.importId = :importId AND p.sealedPassword IS NOT NULL"
                + " ORDER BY p.number")
public class ImportedPassword {

    public static final String PENDING = "ImportedPassword.pending";
    public static final String DONE = "ImportedPassword.done";
    public static final String MADE = "ImportedPassword.made";

    @Id
    @SequenceGenerator(name = "imported_password_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "imported_password_ids")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line_id", nullable = false)
    private long lineId;

    @Column(name = "phone_number", nullable = false, length = 11)
    private String number;

    @Column(name = "login_id", nullable = false, length = 32)
    private String loginId;

    @Column(name = "password_sealed", length = 200)
    private String sealedPassword;

    @Column(nullable = false)
    private boolean skipped;

    protected ImportedPassword() {}

    public ImportedPassword(long importId, long lineId, String number, String loginId) {
        this.importId = importId;
        this.lineId = lineId;
        this.number = number;
        this.loginId = loginId;
    }

    public void made(String sealed) {
        sealedPassword = sealed;
    }

    public boolean isPending() {
        return sealedPassword == null && !skipped;
    }

    public void skip() {
        skipped = true;
    }

    public long getLineId() {
        return lineId;
    }

    public String getNumber() {
        return number;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getSealedPassword() {
        return sealedPassword;
    }
}
