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

    public AddressBookEntry(long lineId, String name, String normalizedNumber) {
        this.lineId = lineId;
        this.name = name.strip();
        this.number = normalizedNumber;
    }

    public static boolean validName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME_LENGTH;
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
