package jp.office050.mailaccounts.entity;

/** Where an email account's password lives. */
public enum MailAccountKind {
    /** An address of the provider's own mail service: verified against the provider's mail directory. */
    ISP_MAIL,
    /** Any other address: registered on My Page, its password kept (hashed) by the portal. */
    EXTERNAL_MAIL,
    /** A legacy master ID already migrated to the mail directory: verified there, never asked to consent. */
    MASTER_ID;

    public boolean verifiedByDirectory() {
        return this != EXTERNAL_MAIL;
    }
}
