package jp.office050.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.office050.access.control.OperatorTokens;
import jp.office050.administrators.entity.Administrator;
import jp.office050.audit.entity.AuditEvent;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.OptionService;
import jp.office050.credentials.control.Authenticators;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.LockoutPolicy;
import jp.office050.credentials.entity.RecoveryCode;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.lines.control.LineCounts;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;
import jp.office050.mailaccounts.entity.AdminLink;
import jp.office050.mailaccounts.entity.DirectoryRecord;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.platform.control.Sealing;
import jp.office050.platform.control.Sealing.Purpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo contracts for the run command, loaded only when {@code office050.demo=true}. The demo passwords' hashes are
 * stored with the demo ({@link DemoPasswords}), not made at start, and each is shared by the lines that use it, so
 * 10,000 lines load in about two seconds.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    /** The demo authenticator's shared secret (Base32), published in the README: never a real account's. */
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    static final List<String> DEMO_RECOVERY_CODES = List.of("demo-recovery-1", "demo-recovery-2");

    private static final int FIRST_CONTRACT_LINES = 10_000;
    private static final int SECOND_CONTRACT_LINES = 20;

    @Inject
    @ConfigProperty(name = "office050.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "office050.public-url", defaultValue = "http://localhost:8080/oa/")
    String publicUrl;

    /**
     * On request, one more contract as large as this (05000000003, administrator A0000003 / demo-admin-3, lines
     * 0503…0000001 upwards with the password demo-user-3), to try the list at 100,000 lines; 0 (the default) makes none.
     */
    @Inject
    @ConfigProperty(name = "office050.demo.large-contract-lines", defaultValue = "0")
    int largeContractLines;

    /** The most lines the large demo contract may have. */
    static final int MAX_LARGE_CONTRACT_LINES = 1_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Clock clock;

    @Inject
    LineCounts lineCounts;

    @Inject
    Sealing sealing;

    @Inject
    OperatorTokens tokens;

    private DemoPasswords passwords;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        passwords = new DemoPasswords(hasher::hash);
        announce();
        if (!em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                .setParameter("number", "05000000001")
                .getResultList()
                .isEmpty()) {
            LOG.log(Level.INFO, "Demo data already present");
            return;
        }
        long started = System.nanoTime();
        Contract first = contract("05000000001", "デモ商事株式会社", "A0000001", "demo-admin-1");
        lines(first, "0501111", FIRST_CONTRACT_LINES, "demo-user-1", 3);
        history(first, "A0000001", "0501111", FIRST_CONTRACT_LINES, 3);
        em.persist(new Line(
                first,
                "05019990001",
                "m05019990001",
                "複数番号（管理対象外）",
                LineKind.MULTIPLE_NUMBER,
                StoredPassword.chosen(passwords.hash("demo-multi-1"))));
        Contract second = contract("05000000002", "サンプル工業有限会社", "A0000002", "demo-admin-2");
        lines(second, "0502222", SECOND_CONTRACT_LINES, "demo-user-2", 1);
        history(second, "A0000002", "0502222", SECOND_CONTRACT_LINES, 1);
        secondFactor("A0000002");
        mailAccounts();
        if (largeContractLines > 0) {
            int count = Math.min(largeContractLines, MAX_LARGE_CONTRACT_LINES);
            Contract large = contract("05000000003", "大規模デモ株式会社", "A0000003", "demo-admin-3");
            largeLines(large, count);
            LOG.log(Level.INFO, "Large demo contract 05000000003: {0} lines (administrator A0000003)", count);
        }
        LOG.log(
                Level.INFO,
                "Demo data loaded in {0} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Lines 0503 followed by 0000001…: the large contract's, none locked, in batches as the others. */
    private void largeLines(Contract owner, int count) {
        Contract contract = owner;
        StoredPassword shared = StoredPassword.chosen(passwords.hash("demo-user-3"));
        for (int i = 1; i <= count; i++) {
            String number = "0503" + String.format("%07d", i);
            Line line = new Line(contract, number, "u" + number, DemoNames.name(i), LineKind.ORDINARY, shared);
            line.subscribe(demoServices(i));
            em.persist(line);
            if (i % 1_000 == 0) {
                em.flush();
                em.clear();
                contract = em.find(Contract.class, owner.getId());
            }
        }
        lineCounts.changed(owner, count);
    }

    /** The first line has every option service, the second none, the others a mix (some have all three). */
    static Set<OptionService> demoServices(int index) {
        if (index == 1) {
            return EnumSet.allOf(OptionService.class);
        }
        Set<OptionService> services = EnumSet.noneOf(OptionService.class);
        if (index == 2) {
            return services;
        }
        if (index % 5 == 1 || index % 5 == 2) {
            services.add(OptionService.FORWARDING);
        }
        if (index % 2 == 0) {
            services.add(OptionService.ANONYMOUS_REJECTION);
        }
        if (index % 3 == 0) {
            services.add(OptionService.CLICK_DIAL);
        }
        return services;
    }

    private void announce() {
        LOG.log(Level.INFO, """

                ==== Office 050 Admin Portal: demo mode ====
                Admin portal:   {0}   administrator ID A0000001 / demo-admin-1
                                second contract: A0000002 / demo-admin-2, then a code (two-step verification):
                                  oathtool --totp -b JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP   or recovery code demo-recovery-1
                User settings:  {0}user/   login ID u05011110001 / demo-user-1
                Email login:    {0}mail/   kanri@isp.example / demo-mail-2 (linked to both administrators),
                                demo@isp.example / demo-mail-1 (first login: migration consent), M0000001 / demo-master-1
                My Page:        {0}mypage/register.xhtml   (demo mode writes the mails to the server log)
                Provider API:   {0}api/v1/contracts   with the header  Authorization: Bearer {1}
                                (scopes provision, read, unlock; the OpenAPI document: {2}openapi)
                ============================================""", publicUrl, tokens.demoToken(), publicUrl.replaceAll("oa/?$", ""));
    }

    /**
     * The second contract's administrator ID asks for a code after its password: an authenticator enrolled with the
     * published demo secret (the README tells how to compute its codes) and two known recovery codes.
     */
    private void secondFactor(String adminId) {
        Administrator admin = em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                .setParameter("key", adminId)
                .getSingleResult();
        Instant now = clock.instant();
        admin.secondFactor()
                .orElseThrow()
                .enrol(sealing.seal(Purpose.SECOND_FACTOR, DEMO_TOTP_SECRET), Authenticators.step(now) - 2, now);
        for (String code : DEMO_RECOVERY_CODES) {
            em.persist(new RecoveryCode(admin.auditName(), Authenticators.recoveryHash(code)));
        }
    }

    /** The mail directory's demo entries, and one migrated address already linked to both administrators. */
    private void mailAccounts() {
        em.persist(new DirectoryRecord(
                "demo@isp.example", MailAccountKind.ISP_MAIL, passwords.hash("demo-mail-1"), false));
        em.persist(new DirectoryRecord(
                "kanri@isp.example", MailAccountKind.ISP_MAIL, passwords.hash("demo-mail-2"), true));
        em.persist(new DirectoryRecord("M0000001", MailAccountKind.MASTER_ID, passwords.hash("demo-master-1"), true));
        Instant now = clock.instant();
        MailAccount kanri =
                MailAccount.fromDirectory("kanri@isp.example", MailAccountKind.ISP_MAIL, "kanri@isp.example");
        kanri.register(now);
        em.persist(kanri);
        for (String adminId : new String[] {"A0000001", "A0000002"}) {
            Administrator admin = em.createNamedQuery(Administrator.BY_ADMIN_ID, Administrator.class)
                    .setParameter("key", adminId)
                    .getSingleResult();
            em.persist(new AdminLink(kanri, admin, now, "demo data"));
        }
    }

    private Contract contract(String number, String customer, String adminId, String adminPassword) {
        Contract contract = new Contract(number, customer);
        em.persist(contract);
        em.persist(new Administrator(adminId, contract, StoredPassword.chosen(passwords.hash(adminPassword))));
        return contract;
    }

    /**
     * What the 操作履歴 page shows at first: the contract opened by the provider a month ago, and the failed logins
     * that locked the last {@code locked} lines (as {@link #lines} locks them), a few minutes ago from one address.
     */
    private void history(Contract contract, String adminId, String prefix, int count, int locked) {
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(30));
        List<AuditEvent> events = new ArrayList<>();
        events.add(AuditEvent.of("operator:provisioning", Action.CONTRACT_OPEN, contract.auditName(), Outcome.SUCCEEDED)
                .at(opened));
        events.add(AuditEvent.of("operator:provisioning", Action.ADMIN_ISSUE, "admin:" + adminId, Outcome.SUCCEEDED)
                .detail("for " + contract.auditName())
                .at(opened.plusSeconds(1)));
        for (int i = count - locked + 1; i <= count; i++) {
            String user = "user:u" + prefix + String.format("%04d", i % 10_000);
            Instant first = now.minus(Duration.ofMinutes(10L + i % 7));
            for (int failure = 1; failure <= lockout.threshold(); failure++) {
                events.add(AuditEvent.self(
                                user,
                                Action.USER_LOGIN,
                                failure < lockout.threshold() ? Outcome.FAILED : Outcome.LOCKED)
                        .detail("wrong password")
                        .at(first.plusSeconds(failure * 4L)));
            }
        }
        events.forEach(event -> em.persist(event.from("203.0.113.7").inContract(contract.getId())));
    }

    /** Lines prefix0001…; the last {@code locked} of them are locked by five failed logins. */
    private void lines(Contract owner, String prefix, int count, String password, int locked) {
        Contract contract = owner;
        StoredPassword shared = StoredPassword.chosen(passwords.hash(password));
        Instant now = clock.instant();
        for (int i = 1; i <= count; i++) {
            String number = prefix + String.format("%04d", i % 10_000);
            if (i == 10_000) {
                number = prefix.substring(0, 6) + "20000";
            }
            Line line = new Line(contract, number, "u" + number, DemoNames.name(i), LineKind.ORDINARY, shared);
            line.subscribe(demoServices(i));
            if (i > count - locked) {
                for (int failure = 0; failure < lockout.threshold(); failure++) {
                    line.lockout().admit(now, lockout);
                }
            }
            em.persist(line);
            if (i % 500 == 0) {
                em.flush();
                em.clear();
                contract = em.find(Contract.class, owner.getId());
            }
        }
        lineCounts.changed(owner, count);
    }
}
