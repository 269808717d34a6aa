-- Hardening: identifiers up to 254 characters fit the audit trail; failures expire after a window; identifiers the
-- portal does not know are counted and locked like known ones; temporary passwords expire; email accounts verified
-- by the directory are keyed by the directory's own name for the entry.

-- A principal is its kind and the identifier ("mail:" + up to 254 characters).
ALTER TABLE audit_event ALTER COLUMN actor SET DATA TYPE VARCHAR(300);
ALTER TABLE audit_event ALTER COLUMN on_behalf_of SET DATA TYPE VARCHAR(300);
ALTER TABLE audit_event ALTER COLUMN target SET DATA TYPE VARCHAR(300);
ALTER TABLE audit_event ALTER COLUMN via SET DATA TYPE VARCHAR(300);
ALTER TABLE admin_link ALTER COLUMN linked_by SET DATA TYPE VARCHAR(300);

-- Consecutive failures count until this time (the window after the last one); then they start again from zero.
ALTER TABLE line ADD COLUMN failures_expire_at TIMESTAMP;
ALTER TABLE administrator ADD COLUMN failures_expire_at TIMESTAMP;
ALTER TABLE mail_account ADD COLUMN failures_expire_at TIMESTAMP;

-- A temporary (reset or issued) password works until this time; NULL for a password the owner chose.
ALTER TABLE line ADD COLUMN password_expires_at TIMESTAMP;
ALTER TABLE administrator ADD COLUMN password_expires_at TIMESTAMP;
ALTER TABLE mail_account ADD COLUMN password_expires_at TIMESTAMP;
UPDATE line SET password_expires_at = LOCALTIMESTAMP + INTERVAL '7' DAY WHERE password_temporary;
UPDATE administrator SET password_expires_at = LOCALTIMESTAMP + INTERVAL '7' DAY WHERE password_temporary;

-- The failures of identifiers the portal does not know (so that a lock says nothing about existence), keyed by a
-- keyed hash (HMAC-SHA-256) of the kind and the normalised identifier. A row is deleted once its lock and its
-- failure window have both ended, so a flood of random identifiers cannot grow the table without limit.
CREATE TABLE unknown_identifier (
    key_hash            VARCHAR(64)  PRIMARY KEY,
    failure_count       INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    failures_expire_at  TIMESTAMP
);
CREATE INDEX unknown_identifier_expiry ON unknown_identifier (failures_expire_at);

-- Secrets the instances of a cluster must share (the key of the hash above), made at the first start.
CREATE TABLE portal_secret (
    name                VARCHAR(40)  PRIMARY KEY,
    secret              VARCHAR(100) NOT NULL
);

-- The directory's own name for an entry (an LDAP DN, the table's key): every spelling the directory accepts for
-- one entry is one account with one lockout.
ALTER TABLE mail_account ADD COLUMN directory_key VARCHAR(1000);
-- Rows made before this column get it at their next login.
CREATE UNIQUE INDEX mail_account_directory_key ON mail_account (directory_key);
