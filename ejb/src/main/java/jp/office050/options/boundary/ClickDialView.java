package jp.office050.options.boundary;

import java.io.Serializable;
import java.util.List;
import jp.office050.options.entity.AddressBookEntry;
import jp.office050.options.entity.ClickDialCall;
import jp.office050.options.entity.RingFirst;

/** What the click-dial page shows: the settings with their version, the address book, the last calls. */
public final class ClickDialView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RingFirst ringFirst;
    private final String registeredNumber;
    private final long version;
    private final List<AddressBookEntry> entries;
    private final List<ClickDialCall> calls;
    private final boolean callsAvailable;

    public ClickDialView(
            RingFirst ringFirst,
            String registeredNumber,
            long version,
            List<AddressBookEntry> entries,
            List<ClickDialCall> calls,
            boolean callsAvailable) {
        this.ringFirst = ringFirst;
        this.registeredNumber = registeredNumber;
        this.version = version;
        this.entries = List.copyOf(entries);
        this.calls = List.copyOf(calls);
        this.callsAvailable = callsAvailable;
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

    public List<AddressBookEntry> getEntries() {
        return entries;
    }

    public List<ClickDialCall> getCalls() {
        return calls;
    }

    /** False where no call control is installed: the page says so instead of offering calls. */
    public boolean isCallsAvailable() {
        return callsAvailable;
    }
}
