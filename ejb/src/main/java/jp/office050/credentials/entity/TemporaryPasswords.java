package jp.office050.credentials.entity;

import java.time.Duration;
import java.time.Instant;

/** How long a temporary password (a reset, an initial one) works if nobody uses it. */
public record TemporaryPasswords(Duration validity) implements java.io.Serializable {

    public TemporaryPasswords {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a temporary password must be valid for some time");
        }
    }

    public Instant expiryOf(Instant issued) {
        return issued.plus(validity);
    }
}
