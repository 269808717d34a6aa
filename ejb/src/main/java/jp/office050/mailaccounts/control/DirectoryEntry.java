package jp.office050.mailaccounts.control;

import jp.office050.mailaccounts.entity.MailAccountKind;

/**
 * One entry of the mail directory.
 *
 * @param identifier the address or master ID as the portal keys it ({@link jp.office050.mailaccounts.entity.MailAccount#normalize})
 * @param kind {@code ISP_MAIL} or {@code MASTER_ID}
 * @param migrated whether the mailbox has already moved to the provider's current mail service (no consent asked)
 * @param reference where the adapter finds the entry again (an LDAP DN, a table key)
 */
public record DirectoryEntry(String identifier, MailAccountKind kind, boolean migrated, String reference) {}
