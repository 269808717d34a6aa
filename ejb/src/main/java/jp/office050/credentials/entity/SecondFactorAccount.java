package jp.office050.credentials.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;

/** An account that may have a second factor: an administrator ID, an email account. */
@MappedSuperclass
public abstract class SecondFactorAccount extends Account {

    /** Empty columns: EclipseLink gives no embeddable, so it is made on first use. */
    @Embedded
    private SecondFactor secondFactor;

    protected SecondFactorAccount() {}

    protected SecondFactorAccount(StoredPassword password) {
        super(password);
    }

    @Override
    public Optional<SecondFactor> secondFactor() {
        if (secondFactor == null) {
            secondFactor = new SecondFactor();
        }
        return Optional.of(secondFactor);
    }
}
