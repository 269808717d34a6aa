package jp.office050.options.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.office050.options.entity.Violation;

/** Settings that break a rule: nothing was saved; each violation names its field. */
@ApplicationException(rollback = true)
public class SettingsRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public SettingsRejectedException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
