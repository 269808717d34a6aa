-- Provisioning by the provider's API: a contract subscribes to option services (its lines only to those), a line can
-- be created without a password (its administrator gives one with a reset), and the first answer to a request with an
-- Idempotency-Key is kept for a day so that a retry creates nothing twice.
ALTER TABLE contract ADD COLUMN opt_forwarding BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contract ADD COLUMN opt_click_dial BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contract ADD COLUMN opt_anonymous_rejection BOOLEAN DEFAULT FALSE NOT NULL;
-- Contracts made before this migration offer what their lines already subscribe to.
UPDATE contract SET opt_forwarding = TRUE
    WHERE EXISTS (SELECT 1 FROM line l WHERE l.contract_id = contract.id AND l.opt_forwarding);
UPDATE contract SET opt_click_dial = TRUE
    WHERE EXISTS (SELECT 1 FROM line l WHERE l.contract_id = contract.id AND l.opt_click_dial);
UPDATE contract SET opt_anonymous_rejection = TRUE
    WHERE EXISTS (SELECT 1 FROM line l WHERE l.contract_id = contract.id AND l.opt_anonymous_rejection);

ALTER TABLE line ALTER COLUMN password_hash DROP NOT NULL;

CREATE TABLE api_request (
    request_key   VARCHAR(300)  PRIMARY KEY,
    fingerprint   VARCHAR(64)   NOT NULL,
    status        INTEGER       NOT NULL,
    location      VARCHAR(500),
    etag          VARCHAR(40),
    body_sealed   VARCHAR(10000000),  -- the answer of a 20,000-row import is about 1.6 MB sealed
    created_at    TIMESTAMP     NOT NULL
);
CREATE INDEX api_request_created ON api_request (created_at);

-- Sessions signed in before this time are over: after a password someone else set (a reset, a re-issue), and for
-- an account made anew under an ID that was removed.
ALTER TABLE line ADD COLUMN sessions_valid_from TIMESTAMP;
ALTER TABLE administrator ADD COLUMN sessions_valid_from TIMESTAMP;
ALTER TABLE mail_account ADD COLUMN sessions_valid_from TIMESTAMP;

-- An import whose lines get initial passwords in the background (a batch job, at the hash's pace): the import, and
-- for each of its lines the password once made, sealed like a kept answer, until the provider has fetched it (a day).
CREATE TABLE line_import (
    id             BIGINT       PRIMARY KEY,
    contract_id    BIGINT       NOT NULL REFERENCES contract (id),
    token_name     VARCHAR(64)  NOT NULL,
    total          INTEGER      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    execution_id   BIGINT,
    completed_at   TIMESTAMP
);

CREATE TABLE line_import_password (
    id               BIGINT       PRIMARY KEY,
    import_id        BIGINT       NOT NULL REFERENCES line_import (id),
    line_id          BIGINT       NOT NULL,
    phone_number     VARCHAR(11)  NOT NULL,
    login_id         VARCHAR(32)  NOT NULL,
    password_sealed  VARCHAR(200),
    skipped          BOOLEAN      NOT NULL
);
CREATE INDEX line_import_password_import ON line_import_password (import_id, id);
