package jp.office050.contracts.entity;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well formed but clashes with what exists: a number or ID already taken, a contract in a state that
 * does not allow it. {@code field} names the request's field when one field is the cause. Nothing was stored.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
