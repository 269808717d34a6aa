package jp.office050.it.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

    /** Every request for this caller number: its first phone and callee. */
    JsonArray requestsFrom(String callerNumber) {
        var calls = Json.createArrayBuilder();
        requests.stream()
                .map(request -> request.split(" "))
                .filter(request -> request[0].equals(callerNumber))
                .forEach(request -> calls.add(Json.createObjectBuilder()
                        .add("caller", request[0])
                        .add("firstPhone", request[1])
                        .add("callee", request[2])));
        return calls.build();
    }
}
