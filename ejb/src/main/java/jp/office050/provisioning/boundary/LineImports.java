package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.office050.access.control.Scopes;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.OptionService;
import jp.office050.contracts.entity.PhoneNumbers;
import jp.office050.credentials.control.PasswordGenerator;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.credentials.entity.TemporaryPasswords;
import jp.office050.lines.control.LineCounts;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;
import jp.office050.platform.control.Sealing;
import jp.office050.platform.control.Sealing.Purpose;
import jp.office050.provisioning.boundary.ImportReport.ImportedLine;
import jp.office050.provisioning.boundary.ImportReport.RowProblem;
import jp.office050.provisioning.control.ImportProgress;
import jp.office050.provisioning.control.LineCsv;
import jp.office050.provisioning.control.LineCsv.Row;
import jp.office050.provisioning.control.Operators;
import jp.office050.provisioning.entity.ImportedPassword;
import jp.office050.provisioning.entity.LineImport;

/**
 * A contract's lines imported from CSV ({@link LineCsv}): a dry run checks every row against the same rules as
 * adding one line (and against the other rows and the lines that exist) and stores nothing; a real run stores all the
 * rows or, if any row has a problem, none.
 */
@Stateless
public class LineImports {

    /** An import asking for initial passwords hashes each one; up to this many rows that is done while the caller waits. */
    public static final int PASSWORDS_WHILE_WAITING = 20;

    private static final int MAX_PROBLEMS = 1000;
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Operators operators;

    @Inject
    LineCounts lineCounts;

    @Inject
    PasswordGenerator generator;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    Clock clock;

    @Inject
    ImportProgress progress;

    @Inject
    Sealing sealing;

    @RolesAllowed(Scopes.PROVISION)
    public ImportReport dryRun(String contractNumber, LineCsv.Parsed parsed) {
        Contract contract = operators.contract(contractNumber, LockModeType.NONE);
        if (contract.getState() == Contract.State.CANCELLED) {
            throw new ConflictException(null, "the contract is cancelled; it takes no new lines");
        }
        List<RowProblem> problems = problems(contract, parsed);
        return new ImportReport(true, parsed.rows().size(), problems, List.of(), null);
    }

    /** All rows or none; with {@code passwords}, each line gets an initial password, returned in the report. */
    @RolesAllowed(Scopes.PROVISION)
    public ImportReport run(String contractNumber, LineCsv.Parsed parsed, boolean passwords) {
        Contract contract = operators.contract(contractNumber, LockModeType.PESSIMISTIC_WRITE);
        if (contract.getState() == Contract.State.CANCELLED) {
            throw new ConflictException(null, "the contract is cancelled; it takes no new lines");
        }
        boolean inBackground = passwords && parsed.rows().size() > PASSWORDS_WHILE_WAITING;
        List<RowProblem> problems = problems(contract, parsed);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(
                    new ImportReport(false, parsed.rows().size(), problems, List.of(), null));
        }
        Instant now = clock.instant();
        List<ImportedLine> created = new ArrayList<>(parsed.rows().size());
        Long contractId = contract.getId();
        String actor = operators.current().principalName();
        int count = 0;
        int ordinary = 0;
        for (Row row : parsed.rows()) {
            Line line = Line.provision(
                    contract,
                    row.number(),
                    row.loginId(),
                    row.displayName(),
                    kind(row.kind()),
                    services(row.services()),
                    now);
            String password = null;
            if (passwords && !inBackground) {
                password = generator.generate();
                line.resetPassword(hasher.hash(password), now, temporaryPasswords.expiryOf(now));
            }
            em.persist(line);
            ordinary += line.isManageable() ? 1 : 0;
            operators.record(
                    contract,
                    Action.LINE_ADD,
                    line.auditName(),
                    "number " + line.getNumber() + " of " + contract.auditName() + ", imported (line " + row.line()
                            + " of the file)");
            created.add(new ImportedLine(line.getNumber(), line.getLoginId(), password));
            if (++count % CHUNK == 0) {
                em.flush();
                em.clear();
                contract = em.find(Contract.class, contractId);
            }
        }
        em.flush();
        lineCounts.changed(contract, ordinary);
        if (!inBackground) {
            return new ImportReport(false, parsed.rows().size(), List.of(), created, null);
        }
        // the passwords are made by a batch job, at the hash's pace, once these lines are committed
        LineImport lineImport = new LineImport(
                em.find(Contract.class, contractId), operators.current().id(), created.size(), now);
        em.persist(lineImport);
        em.flush();
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < created.size(); from += CHUNK) {
            List<String> numbers = created.subList(from, Math.min(created.size(), from + CHUNK)).stream()
                    .map(ImportedLine::number)
                    .toList();
            em.createQuery("SELECT l.number, l.id FROM Line l WHERE l.number IN :numbers", Object[].class)
                    .setParameter("numbers", numbers)
                    .getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        int rows = 0;
        for (ImportedLine line : created) {
            em.persist(new ImportedPassword(lineImport.getId(), ids.get(line.number()), line.number(), line.loginId()));
            if (++rows % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        return new ImportReport(
                false,
                parsed.rows().size(),
                List.of(),
                created,
                standing(em.find(LineImport.class, lineImport.getId())).view("queued"));
    }

    /** A background import of the caller's token, as it stands. */
    @RolesAllowed(Scopes.PROVISION)
    public ImportStanding find(long importId) {
        return standing(own(importId));
    }

    /** The passwords made so far (all of them once the import is complete), to be handed to the users. */
    @RolesAllowed(Scopes.PROVISION)
    public List<ImportedLine> passwords(long importId) {
        LineImport lineImport = own(importId);
        List<ImportedLine> made = em.createNamedQuery(ImportedPassword.MADE, ImportedPassword.class)
                .setParameter("importId", lineImport.getId())
                .getResultStream()
                .map(p -> new ImportedLine(
                        p.getNumber(), p.getLoginId(), sealing.open(Purpose.API_ANSWERS, p.getSealedPassword())))
                .toList();
        operators.record(
                lineImport.getContract(),
                Action.LINE_CHANGE,
                lineImport.getContract().auditName(),
                "initial passwords of import " + importId + " fetched (" + made.size() + ")");
        return made;
    }

    /** The caller's import whose job it asks to resume or stop (the web tier then asks the job operator). */
    @RolesAllowed(Scopes.PROVISION)
    public ImportStanding control(long importId, String what) {
        LineImport lineImport = own(importId);
        operators.record(
                lineImport.getContract(),
                Action.LINE_CHANGE,
                lineImport.getContract().auditName(),
                what + " import " + importId);
        return standing(lineImport);
    }

    private LineImport own(long importId) {
        LineImport lineImport = em.find(LineImport.class, importId);
        if (lineImport == null || !lineImport.belongsTo(operators.current().id())) {
            throw new NoSuchResourceException("no import " + importId + " of this token");
        }
        return lineImport;
    }

    private ImportStanding standing(LineImport lineImport) {
        return new ImportStanding(
                lineImport.getId(),
                lineImport.getContract().getNumber(),
                lineImport.getTotal(),
                progress.done(lineImport.getId()),
                lineImport.getCreatedAt(),
                lineImport.isCompleted(),
                lineImport.getExecutionId());
    }

    private List<RowProblem> problems(Contract contract, LineCsv.Parsed parsed) {
        List<RowProblem> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add(new RowProblem(p.line(), p.field(), p.reason())));
        Map<String, Long> numbers = new HashMap<>();
        Map<String, Long> loginIds = new HashMap<>();
        for (Row row : parsed.rows()) {
            for (InvalidField invalid : Line.violations(row.number(), row.loginId(), row.displayName())) {
                problems.add(new RowProblem(row.line(), invalid.field(), invalid.reason()));
            }
            if (LineView.kindOf(row.kind()).isEmpty()) {
                problems.add(new RowProblem(row.line(), "kind", LineView.KINDS));
            }
            try {
                Set<OptionService> services = ServiceNames.parse("services", row.services());
                ServiceNames.notOffered(contract, services)
                        .ifPresent(reason -> problems.add(new RowProblem(row.line(), "services", reason)));
            } catch (InvalidFieldsException unknown) {
                unknown.fields().forEach(f -> problems.add(new RowProblem(row.line(), f.field(), f.reason())));
            }
            Long before = row.number() == null ? null : numbers.putIfAbsent(row.number(), row.line());
            if (before != null) {
                problems.add(new RowProblem(row.line(), "number", "the same number is on line " + before));
            }
            before = row.loginId() == null ? null : loginIds.putIfAbsent(row.loginId(), row.line());
            if (before != null) {
                problems.add(new RowProblem(row.line(), "loginId", "the same login ID is on line " + before));
            }
        }
        // only values that could be stored are asked for (a NUL, say, would upset the database)
        numbers.keySet().removeIf(n -> !PhoneNumbers.isFifty(n));
        loginIds.keySet().removeIf(id -> !Line.isLoginId(id));
        for (String taken : existing("l.number", numbers.keySet())) {
            problems.add(new RowProblem(numbers.get(taken), "number", "a line with this number exists"));
        }
        for (String taken : existing("l.loginId", loginIds.keySet())) {
            problems.add(new RowProblem(loginIds.get(taken), "loginId", "a line with this login ID exists"));
        }
        problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
        return problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS)) : problems;
    }

    /** Which of the values a line already has in {@code path}, asked in chunks. */
    private Set<String> existing(String path, Set<String> values) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            taken.addAll(em.createQuery("SELECT " + path + " FROM Line l WHERE " + path + " IN :values", String.class)
                    .setParameter("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    private static LineKind kind(String name) {
        return LineView.kindOf(name).orElseThrow(); // checked with the other problems
    }

    private static Set<OptionService> services(List<String> names) {
        return ServiceNames.parse("services", names);
    }
}
