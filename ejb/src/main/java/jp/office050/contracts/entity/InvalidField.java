package jp.office050.contracts.entity;

/** One field of a provisioning request and why it was refused, in words an integrator reads. */
public record InvalidField(String field, String reason) implements java.io.Serializable {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
