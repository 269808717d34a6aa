package jp.office050.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** The change named a version that is no longer the current one: someone changed it meanwhile. Nothing was stored. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private final long current;

    public StaleVersionException(long current) {
        super("changed meanwhile; the current version is " + current);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
