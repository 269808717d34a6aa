package jp.office050.mailaccounts.control;

import java.util.Optional;

/**
 * The provider's mail directory, which owns ISP mail addresses and migrated master IDs and their passwords. The
 * portal only asks it; it never keeps those passwords. Both methods throw {@link DirectoryUnavailableException} when
 * the directory cannot answer.
 */
public interface MailDirectory {

    /** The entry of an ISP mail address (with {@code @}) or a master ID (without), if the directory has one. */
    Optional<DirectoryEntry> find(String identifier);

    /** Whether the password is that entry's. An empty password is never right. */
    boolean verify(DirectoryEntry entry, String password);
}
