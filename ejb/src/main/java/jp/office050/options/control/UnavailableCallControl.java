package jp.office050.options.control;

import jakarta.enterprise.context.ApplicationScoped;
import jp.office050.options.entity.CallOutcome;

/** The installation has no call control: says so, and places nothing. */
@ApplicationScoped
public class UnavailableCallControl implements CallControl {

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public CallOutcome placeCall(String callerNumber, String firstPhone, String callee) {
        return CallOutcome.NOT_AVAILABLE;
    }
}
