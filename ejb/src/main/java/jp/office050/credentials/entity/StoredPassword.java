package jp.office050.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A password as the portal keeps it: its hash (with the parameters) and whether it is a temporary one. */
@Embeddable
public class StoredPassword {

    @Column(name = "password_hash")
    private String hash;

    @Column(name = "password_temporary", nullable = false)
    private boolean temporary;

    protected StoredPassword() {}

    private StoredPassword(String hash, boolean temporary) {
        this.hash = hash;
        this.temporary = temporary;
    }

    public static StoredPassword chosen(String hash) {
        return new StoredPassword(hash, false);
    }

    /** No password kept here: the account is verified elsewhere (the provider's mail directory). */
    public static StoredPassword none() {
        return new StoredPassword(null, false);
    }

    /** A password someone else chose or generated: good for the next login only, then it must be changed. */
    public static StoredPassword temporary(String hash) {
        return new StoredPassword(hash, true);
    }

    public String hash() {
        return hash;
    }

    public boolean isTemporary() {
        return temporary;
    }

    public StoredPassword rehashed(String newHash) {
        return new StoredPassword(newHash, temporary);
    }
}
