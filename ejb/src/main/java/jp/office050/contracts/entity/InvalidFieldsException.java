package jp.office050.contracts.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A request whose fields break the rules: each one with its reason. Nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidFieldsException extends RuntimeException {

    private final List<InvalidField> fields;

    public InvalidFieldsException(List<InvalidField> fields) {
        super(fields.toString());
        this.fields = List.copyOf(fields);
    }

    public InvalidFieldsException(String field, String reason) {
        this(List.of(new InvalidField(field, reason)));
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
