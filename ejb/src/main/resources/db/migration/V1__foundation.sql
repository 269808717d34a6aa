-- Foundation schema: contracts, their lines and administrators, and the audit trail.
-- Portable between H2 2.x and PostgreSQL. Ids come from one sequence (allocation 50).
CREATE SEQUENCE id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE contract (
    id               BIGINT       PRIMARY KEY,
    contract_number  VARCHAR(11)  NOT NULL UNIQUE,
    customer_name    VARCHAR(200) NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE TABLE line (
    id                  BIGINT       PRIMARY KEY,
    contract_id         BIGINT       NOT NULL REFERENCES contract (id),
    phone_number        VARCHAR(11)  NOT NULL UNIQUE,
    login_id            VARCHAR(32)  NOT NULL UNIQUE,
    display_name        VARCHAR(100) NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    password_temporary  BOOLEAN      NOT NULL,
    failure_count       INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    last_login          TIMESTAMP,
    version             BIGINT       NOT NULL
);
CREATE INDEX line_contract_number ON line (contract_id, kind, phone_number);
CREATE INDEX line_contract_login ON line (contract_id, login_id);

CREATE TABLE administrator (
    id                  BIGINT       PRIMARY KEY,
    admin_id            VARCHAR(32)  NOT NULL UNIQUE,
    contract_id         BIGINT       NOT NULL UNIQUE REFERENCES contract (id),
    password_hash       VARCHAR(255) NOT NULL,
    password_temporary  BOOLEAN      NOT NULL,
    failure_count       INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    last_login          TIMESTAMP,
    version             BIGINT       NOT NULL
);

-- Append-only: the application never updates or deletes a row.
CREATE TABLE audit_event (
    id              BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMP    NOT NULL,
    actor           VARCHAR(120) NOT NULL,
    on_behalf_of    VARCHAR(120),
    action          VARCHAR(40)  NOT NULL,
    target          VARCHAR(120),
    source_address  VARCHAR(64),
    outcome         VARCHAR(16)  NOT NULL,
    detail          VARCHAR(500)
);
CREATE INDEX audit_event_target ON audit_event (target, occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
