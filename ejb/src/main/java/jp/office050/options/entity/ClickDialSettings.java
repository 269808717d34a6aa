package jp.office050.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import jp.office050.options.control.DestinationNumbers;

/** クリックダイヤル: the phone that is rung first when the user clicks to call. */
@Entity
@Table(name = "click_dial_settings")
public class ClickDialSettings {

    @Id
    @Column(name = "line_id")
    private Long lineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ring_first", nullable = false)
    private RingFirst ringFirst = RingFirst.LINE;

    @Column(name = "registered_number")
    private String registeredNumber;

    @Version
    private long version;

    protected ClickDialSettings() {}

    public static ClickDialSettings defaults(long lineId) {
        var settings = new ClickDialSettings();
        settings.lineId = lineId;
        return settings;
    }

    /** {@code normalizedNumber}: the registered number as the numbering-plan check wrote it, or null. */
    /**
     * Takes the choice if it keeps the rules, and then only: the phone to ring first, and a registered number that the
     * numbering plan accepts (checked here; {@code lineNumber} is the line's own, which needs no registering). Returns
     * the refused fields.
     */
    /** The settings in a line of the audit trail. */
    public String summary() {
        return "ring first " + ringFirst + ", registered " + (registeredNumber == null ? "none" : registeredNumber);
    }

    public List<Violation> change(RingFirst first, String typedNumber, String lineNumber) {
        if (first == null) {
            return List.of(new Violation("ringFirst", "clickDial.ringFirst.required"));
        }
        String number = null;
        if (typedNumber != null && !typedNumber.isBlank()) {
            var checked = DestinationNumbers.check(typedNumber, lineNumber);
            if (!checked.isAccepted()) {
                return List.of(new Violation(
                        "registeredNumber", "destination." + checked.refusal().name()));
            }
            number = checked.number();
        }
        if (first == RingFirst.REGISTERED && number == null) {
            return List.of(new Violation("registeredNumber", "clickDial.registeredNumber.required"));
        }
        ringFirst = first;
        registeredNumber = number;
        return List.of();
    }

    /** The number to ring first: the registered one, or the line's own. */
    public String firstPhone(String lineNumber) {
        return ringFirst == RingFirst.REGISTERED ? registeredNumber : lineNumber;
    }

    public RingFirst getRingFirst() {
        return ringFirst;
    }

    public String getRegisteredNumber() {
        return registeredNumber;
    }

    public long getVersion() {
        return version;
    }
}
