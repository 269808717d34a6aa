package jp.office050.it.server;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.OptionService;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;
import jp.office050.mailaccounts.entity.DirectoryRecord;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.platform.entity.Utc;

/** Test data, made by each test for itself: a fresh contract with unique numbers every time. Test code only. */
@Stateless
public class ItFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy policy;

    @Inject
    Clock clock;

    /**
     * A contract with up to 9,999 ordinary lines and one 050 multiple-number line (the last login ID): its admin ID,
     * number and login IDs. Line 1 subscribes to no option service, every other line to all three. Numbers are random
     * and checked unused, as the database may outlive a test run: 0508 + the contract's six digits + one for up to 9
     * lines, 0507 + an unused block of three digits + four for more.
     */
    public JsonObject contract(int lines, String adminPassword, String userPassword) {
        if (lines < 1 || lines > 9_999) {
            throw new IllegalArgumentException("1 to 9,999 lines");
        }
        String base = unusedBase();
        String numbers = lines <= 9 ? "0508" + base : "0507" + unusedBlock();
        String format = lines <= 9 ? "%d" : "%04d";
        Contract contract = new Contract("0509" + base + "0", "IT " + base);
        em.persist(contract);
        String adminId = "T" + base;
        em.persist(new Administrator(adminId, contract, StoredPassword.chosen(hasher.hash(adminPassword))));
        StoredPassword shared = StoredPassword.chosen(hasher.hash(userPassword));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= lines; i++) {
            LineKind kind = i == lines ? LineKind.MULTIPLE_NUMBER : LineKind.ORDINARY;
            String number = numbers + String.format(format, i);
            String loginId = (kind == LineKind.ORDINARY ? "t" : "m") + (lines <= 9 ? base + i : number);
            Line line = new Line(contract, number, loginId, "IT利用者 " + i, kind, shared);
            line.subscribe(i == 1 ? Set.of() : EnumSet.allOf(OptionService.class));
            em.persist(line);
            ids.add(loginId);
        }
        return Json.createObjectBuilder()
                .add("adminId", adminId)
                .add("number", contract.getNumber())
                .add("loginIds", Json.createArrayBuilder(ids.subList(0, lines)))
                .add("multipleNumberLoginId", ids.get(lines))
                .build();
    }

    /** Three digits that no line's number after 0507 begins with. */
    private String unusedBlock() {
        while (true) {
            String block = String.format("%03d", ThreadLocalRandom.current().nextInt(1_000));
            boolean used = em.createQuery("SELECT COUNT(l) FROM Line l WHERE l.number LIKE :prefix", Long.class)
                            .setParameter("prefix", "0507" + block + "%")
                            .getSingleResult()
                    > 0;
            if (!used) {
                return block;
            }
        }
    }

    private String unusedBase() {
        while (true) {
            String base = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            boolean used = !em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                    .setParameter("number", "0509" + base + "0")
                    .getResultList()
                    .isEmpty();
            if (!used) {
                return base;
            }
        }
    }

    /** An entry of the table mail directory (the PostgreSQL run uses that adapter). */
    public void directoryEntry(String identifier, MailAccountKind kind, String password, boolean migrated) {
        em.persist(new DirectoryRecord(identifier, kind, hasher.hash(password), migrated));
    }

    /** Registration and lockout of an email account; empty when the portal has none. */
    public JsonObject mailAccount(String identifier) {
        var now = clock.instant();
        return em.createNamedQuery(MailAccount.BY_IDENTIFIER, MailAccount.class)
                .setParameter("key", identifier)
                .getResultStream()
                .findFirst()
                .map(a -> Json.createObjectBuilder()
                        .add("registered", a.isRegistered())
                        .add("locked", a.lockout().isLocked(now))
                        .add("failures", a.lockout().failures(now))
                        .build())
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Lockout of an administrator ID. */
    public JsonObject administrator(String adminId) {
        var now = clock.instant();
        Administrator admin = em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", adminId)
                .getSingleResult();
        return Json.createObjectBuilder()
                .add("locked", admin.lockout().isLocked(now))
                .add("failures", admin.lockout().failures(now))
                .build();
    }

    /** Moves every registration link of an address 25 hours into the past. */
    public void ageRegistrationLinks(String address) {
        em.createNativeQuery("UPDATE registration_token SET created_at = created_at - INTERVAL '25' HOUR,"
                        + " expires_at = expires_at - INTERVAL '25' HOUR WHERE address = ?1")
                .setParameter(1, address)
                .executeUpdate();
    }

    /** Rows kept for identifiers nobody has. */
    public long unknownIdentifiers() {
        return em.createQuery("SELECT COUNT(u) FROM UnknownIdentifier u", Long.class)
                .getSingleResult();
    }

    /** Moves the lock and failure window of every unknown identifier a day into the past; returns how many. */
    public int ageUnknownIdentifiers() {
        return em.createNativeQuery("UPDATE unknown_identifier SET locked_until = locked_until - INTERVAL '1' DAY,"
                        + " failures_expire_at = failures_expire_at - INTERVAL '1' DAY")
                .executeUpdate();
    }

    /** Moves the expiry of a line's temporary password into the past, as if it was reset 8 days ago. */
    public void expireTemporaryPassword(String loginId) {
        em.createNativeQuery("UPDATE line SET password_expires_at = ?1 WHERE login_id = ?2 AND password_temporary")
                .setParameter(1, Utc.column(clock.instant().minusSeconds(3600)))
                .setParameter(2, loginId)
                .executeUpdate();
    }

    /**
     * {@code count} audit events of the contract of {@code adminId}, the first {@code daysAgo} days ago and each a second
     * after the one before: password changes by the administrator, with the detail {@code "<detail> <i>"}.
     */
    public int pastEvents(String adminId, int count, int daysAgo, String detail) {
        Administrator admin = em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", adminId)
                .getSingleResult();
        Instant first = clock.instant().minus(Duration.ofDays(daysAgo));
        for (int i = 0; i < count; i++) {
            em.persist(AuditEvent.of(admin.auditName(), Action.PASSWORD_CHANGE, admin.auditName(), Outcome.SUCCEEDED)
                    .detail(detail + " " + i)
                    .from("192.0.2.1")
                    .inContract(admin.getContract().getId())
                    .at(first.plusSeconds(i)));
        }
        return count;
    }

    /** Notices neither sent nor given up. */
    public long noticesWaiting() {
        return em.createQuery(
                        "SELECT COUNT(n) FROM Notice n WHERE n.sentAt IS NULL AND n.givenUpAt IS NULL", Long.class)
                .getSingleResult();
    }

    public long lineId(String loginId) {
        return line(loginId).getId();
    }

    /** Sets a contract's kept line count, as a change by hand in the database would leave it. */
    public void lineCount(String contractNumber, long lines) {
        Contract contract = em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                .setParameter("number", contractNumber)
                .getSingleResult();
        em.createQuery("UPDATE LineCount c SET c.ordinaryLines = :lines WHERE c.contractId = :contract")
                .setParameter("lines", lines)
                .setParameter("contract", contract.getId())
                .executeUpdate();
    }

    public void lock(String loginId) {
        Line line = line(loginId);
        for (int i = 0; i < policy.threshold(); i++) {
            line.lockout().admit(clock.instant(), policy);
        }
    }

    /** Lockout, temporary password and whether the line ever logged in. */
    public JsonObject state(String loginId) {
        Line line = line(loginId);
        var now = clock.instant();
        return Json.createObjectBuilder()
                .add("locked", line.lockout().isLocked(now))
                .add("failures", line.lockout().failures(now))
                .add("temporary", line.password().isTemporary())
                .add("lastLogin", line.getLastLogin() != null)
                .build();
    }

    private Line line(String loginId) {
        return em.createNamedQuery(Line.BY_LOGIN_ID, Line.class)
                .setParameter("key", loginId)
                .getSingleResult();
    }
}
