package jp.office050.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.office050.options.control.DestinationNumbers;

/** One name and number in a line's click-dial address book. */
@Entity
@Table(name = "address_book_entry")
@NamedQuery(
        name = AddressBookEntry.OF_LINE,
        query = "SELECT e FROM AddressBookEntry e WHERE e.lineId = :lineId ORDER BY e.name, e.id")
public class AddressBookEntry implements Serializable {

    public static final String OF_LINE = "AddressBookEntry.ofLine";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_ENTRIES = 200;

    @Id
    @SequenceGenerator(name = "address_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_ids")
    private Long id;

    @Column(name = "line_id", nullable = false)
    private Long lineId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String number;

    protected AddressBookEntry() {}

    /**
     * A new entry of a line's book.
     *
     * @throws IllegalArgumentException unless {@link #violations} found nothing wrong with it
     */
    public AddressBookEntry(long lineId, String name, String typedNumber, String lineNumber) {
        if (!violations(name, typedNumber, lineNumber, 0).isEmpty()) {
            throw new IllegalArgumentException("not an address-book entry: check violations() first");
        }
        this.lineId = lineId;
        this.name = name.strip();
        this.number = DestinationNumbers.check(typedNumber, lineNumber).number();
    }

    /**
     * What is wrong with a new entry: a name of 1 to {@value #MAX_NAME_LENGTH} characters, a number the numbering plan
     * accepts (not the line's own, {@code lineNumber}), and room in a book that has {@code entriesSoFar} entries.
     */
    public static List<Violation> violations(String name, String typedNumber, String lineNumber, int entriesSoFar) {
        List<Violation> violations = new ArrayList<>();
        var checked = DestinationNumbers.check(typedNumber == null ? "" : typedNumber, lineNumber);
        if (!checked.isAccepted()) {
            violations.add(new Violation(
                    "entryNumber", "destination." + checked.refusal().name()));
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("entryName", "addressBook.name.invalid"));
        } else if (entriesSoFar >= MAX_ENTRIES) {
            violations.add(new Violation("entryName", "addressBook.full"));
        }
        return violations;
    }

    public boolean belongsTo(long line) {
        return lineId == line;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }
}
