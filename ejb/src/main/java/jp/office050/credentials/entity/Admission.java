package jp.office050.credentials.entity;

/** What the lockout rule says about one login attempt before its password is checked. */
public enum Admission {
    /** Locked: the attempt is refused and no password is checked. */
    REFUSED_LOCKED,
    /** The password may be checked; the attempt already counts as a failure until it succeeds. */
    ADMITTED,
    /** As {@link #ADMITTED}, and a wrong password here is the one that locks the ID. */
    ADMITTED_LAST_CHANCE;

    public boolean admitted() {
        return this != REFUSED_LOCKED;
    }
}
