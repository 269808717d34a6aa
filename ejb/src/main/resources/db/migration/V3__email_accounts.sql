-- Email accounts (メールアドレス / 移行済みマスターID): a person who manages several contracts logs in with an
-- address or a master ID and links the administrator IDs of those contracts.
CREATE TABLE mail_account (
    id                  BIGINT       PRIMARY KEY,
    identifier          VARCHAR(254) NOT NULL UNIQUE,
    kind                VARCHAR(16)  NOT NULL,
    -- Only external addresses keep a password here; the others are verified against the mail directory.
    password_hash       VARCHAR(255),
    password_temporary  BOOLEAN      DEFAULT FALSE NOT NULL,
    failure_count       INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    last_login          TIMESTAMP,
    -- Set by the migration consent (ISP mail), the first login (migrated addresses, master IDs) or My Page.
    registered_at       TIMESTAMP,
    version             BIGINT       NOT NULL
);

-- Which administrator IDs an email account may act through; when and by whom each was linked.
CREATE TABLE admin_link (
    id                  BIGINT       PRIMARY KEY,
    mail_account_id     BIGINT       NOT NULL REFERENCES mail_account (id),
    administrator_id    BIGINT       NOT NULL REFERENCES administrator (id),
    linked_at           TIMESTAMP    NOT NULL,
    linked_by           VARCHAR(120) NOT NULL,
    CONSTRAINT admin_link_once UNIQUE (mail_account_id, administrator_id)
);
CREATE INDEX admin_link_account ON admin_link (mail_account_id, linked_at);

-- The provider's mail directory as a table: the embedded default and the demo. Production points
-- office050.directory.kind=ldap at the real directory instead.
CREATE TABLE mail_directory_entry (
    identifier          VARCHAR(254) PRIMARY KEY,
    kind                VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    migrated            BOOLEAN      NOT NULL
);

-- My Page registration of an external address: one-time links, kept as SHA-256 hashes only.
CREATE TABLE registration_token (
    id                  BIGINT       PRIMARY KEY,
    address             VARCHAR(254) NOT NULL,
    token_hash          VARCHAR(64)  NOT NULL UNIQUE,
    created_at          TIMESTAMP    NOT NULL,
    expires_at          TIMESTAMP    NOT NULL,
    used_at             TIMESTAMP
);
CREATE INDEX registration_token_address ON registration_token (address, created_at);

-- An email account acting through one of its linked administrator IDs: the audit names both.
ALTER TABLE audit_event ADD COLUMN via VARCHAR(120);
