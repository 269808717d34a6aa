package jp.office050.it.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.office050.options.control.CallControl;
import jp.office050.options.entity.CallOutcome;

/**
 * Test call control: records what was asked for. A callee ending in 0000 is busy, in 9999 unreachable. Can be
 * switched to "no call control installed". Deployed only in the integration-test archive.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class RecordingCallControl implements CallControl {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;

    @Override
    public boolean isAvailable() {
        return available;
    }

    @Override
    public CallOutcome placeCall(String callerNumber, String firstPhone, String callee) {
        if (!available) {
            return CallOutcome.NOT_AVAILABLE;
        }
        requests.add(callerNumber + " " + firstPhone + " " + callee);
        if (callee.endsWith("0000")) {
            return CallOutcome.BUSY;
        }
        return callee.endsWith("9999") ? CallOutcome.UNREACHABLE : CallOutcome.CONNECTING;
    }

    void setAvailable(boolean available) {
        this.available = available;
    }

    /** "callerNumber firstPhone callee" of every request for this caller number. */
    List<String> requestsFrom(String callerNumber) {
        return requests.stream().filter(r -> r.startsWith(callerNumber + " ")).toList();
    }
}
