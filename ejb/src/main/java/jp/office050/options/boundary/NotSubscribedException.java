package jp.office050.options.boundary;

import jakarta.ejb.ApplicationException;
import jp.office050.contracts.entity.OptionService;

/** The line does not subscribe to this option service: there is nothing to show or change. */
@ApplicationException(rollback = true)
public class NotSubscribedException extends RuntimeException {

    private final OptionService service;

    public NotSubscribedException(OptionService service) {
        super(service.name());
        this.service = service;
    }

    public OptionService service() {
        return service;
    }
}
