package jp.office050.options.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.office050.access.control.Callers;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.OptionService;
import jp.office050.lines.entity.Line;
import jp.office050.options.control.CallControl;
import jp.office050.options.control.DestinationNumbers;
import jp.office050.options.control.SettingsLines;
import jp.office050.options.entity.AddressBookEntry;
import jp.office050.options.entity.CallOutcome;
import jp.office050.options.entity.ClickDialCall;
import jp.office050.options.entity.ClickDialSettings;
import jp.office050.options.entity.RingFirst;
import jp.office050.options.entity.Violation;

/** クリックダイヤル of a line (the user's own, or on its behalf): first phone, address book, calls. */
@Stateless
public class ClickDial {

    static final int RECENT_CALLS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsLines lines;

    @Inject
    Callers callers;

    @Inject
    CallControl callControl;

    @Inject
    Clock clock;

    public ClickDialView view(Long lineId) {
        Line line = lines.forReading(lineId, OptionService.CLICK_DIAL);
        ClickDialSettings settings = settingsOf(line);
        List<ClickDialCall> calls = em.createNamedQuery(ClickDialCall.RECENT, ClickDialCall.class)
                .setParameter("lineId", line.getId())
                .setMaxResults(RECENT_CALLS)
                .getResultList();
        return new ClickDialView(
                settings.getRingFirst(),
                settings.getRegisteredNumber(),
                settings.getVersion(),
                entries(line),
                calls,
                callControl.isAvailable());
    }

    public void saveSettings(Long lineId, RingFirst first, String registeredNumber, long readAtVersion) {
        Line line = lines.forChange(lineId, OptionService.CLICK_DIAL, Action.CLICK_DIAL_CHANGE);
        ClickDialSettings settings = settingsOf(line);
        if (settings.getVersion() != readAtVersion) {
            throw new ChangedMeanwhileException();
        }
        String before = settings.summary();
        List<Violation> violations = settings.change(first, registeredNumber, line.getNumber());
        if (!violations.isEmpty()) {
            throw new SettingsRejectedException(violations);
        }
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        lines.audited(line, Action.CLICK_DIAL_CHANGE, before + " → " + settings.summary());
    }

    public void addEntry(Long lineId, String name, String number) {
        Line line = lines.forChange(lineId, OptionService.CLICK_DIAL, Action.ADDRESS_BOOK_CHANGE);
        List<Violation> violations = AddressBookEntry.violations(
                name, number, line.getNumber(), entries(line).size());
        if (!violations.isEmpty()) {
            throw new SettingsRejectedException(violations);
        }
        var entry = new AddressBookEntry(line.getId(), name, number, line.getNumber());
        em.persist(entry);
        lines.audited(line, Action.ADDRESS_BOOK_CHANGE, "added " + entry.getNumber());
    }

    /** Removes an entry of this line's book; an entry of another line is not found, whatever id was sent. */
    public void removeEntry(Long lineId, long entryId) {
        Line line = lines.forChange(lineId, OptionService.CLICK_DIAL, Action.ADDRESS_BOOK_CHANGE);
        AddressBookEntry entry = em.find(AddressBookEntry.class, entryId);
        if (entry != null && entry.belongsTo(line.getId())) {
            em.remove(entry);
            lines.audited(line, Action.ADDRESS_BOOK_CHANGE, "removed " + entry.getNumber());
        }
    }

    /** [発信]: asks the call control to ring the first phone and connect the callee; the request is logged. */
    public CallOutcome call(Long lineId, String callee) {
        Line line = lines.forReading(lineId, OptionService.CLICK_DIAL);
        String number = checked(line, "callee", callee);
        String firstPhone = settingsOf(line).firstPhone(line.getNumber());
        CallOutcome outcome = callControl.placeCall(line.getNumber(), firstPhone, number);
        em.persist(new ClickDialCall(
                line.getId(), number, clock.instant(), callers.current().principalName(), outcome));
        lines.audited(line, Action.CLICK_DIAL_CALL, number + " " + outcome);
        return outcome;
    }

    private String checked(Line line, String field, String number) {
        var result = DestinationNumbers.check(number, line.getNumber());
        if (!result.isAccepted()) {
            throw new SettingsRejectedException(List.of(
                    new Violation(field, "destination." + result.refusal().name())));
        }
        return result.number();
    }

    private List<AddressBookEntry> entries(Line line) {
        return em.createNamedQuery(AddressBookEntry.OF_LINE, AddressBookEntry.class)
                .setParameter("lineId", line.getId())
                .getResultList();
    }

    private ClickDialSettings settingsOf(Line line) {
        ClickDialSettings settings = em.find(ClickDialSettings.class, line.getId());
        return settings != null ? settings : ClickDialSettings.defaults(line.getId());
    }
}
