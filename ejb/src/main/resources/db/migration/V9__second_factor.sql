-- A second factor (an authenticator app, RFC 6238) for administrator IDs and email accounts: the sealed shared secret,
-- when it was enrolled and the last time step a code was accepted for; and the accounts' one-time recovery codes.
ALTER TABLE administrator ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE administrator ADD COLUMN totp_enrolled_at TIMESTAMP;
ALTER TABLE administrator ADD COLUMN totp_last_step BIGINT;
ALTER TABLE mail_account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE mail_account ADD COLUMN totp_enrolled_at TIMESTAMP;
ALTER TABLE mail_account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    id          BIGINT       PRIMARY KEY,
    account     VARCHAR(300) NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX recovery_code_account ON recovery_code (account);
