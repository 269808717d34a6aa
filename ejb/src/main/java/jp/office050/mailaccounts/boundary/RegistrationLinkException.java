package jp.office050.mailaccounts.boundary;

import jakarta.ejb.ApplicationException;
import jp.office050.mailaccounts.boundary.Registrations.LinkState;

/** A registration link that cannot be used (any more); nothing was registered. */
@ApplicationException(rollback = true)
public class RegistrationLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LinkState state;

    public RegistrationLinkException(LinkState state) {
        super(state.name());
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
