package jp.office050.credentials.entity;

import java.time.Instant;

/** Something that logs in with an ID and a password and is protected by a lockout. */
public interface Credentialed {

    Long getId();

    String loginName();

    Lockout lockout();

    StoredPassword password();

    void rehash(String newHash);

    void loggedIn(Instant now);
}
