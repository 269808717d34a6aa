package jp.office050.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** What the request names does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NoSuchResourceException extends RuntimeException {

    public NoSuchResourceException(String what) {
        super(what);
    }
}
