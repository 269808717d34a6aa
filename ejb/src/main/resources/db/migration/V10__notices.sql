-- Notices by mail: the outbox (written with what it tells, sent after commit, retried), and the address where a
-- line's user wants them (proved by a link sent to it).
CREATE TABLE notice (
    id               BIGINT        PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP,
    given_up_at      TIMESTAMP,
    last_error       VARCHAR(500),
    version          BIGINT        NOT NULL
);
CREATE INDEX notice_due ON notice (next_attempt_at);

CREATE TABLE contact_address (
    line_id           BIGINT        PRIMARY KEY,
    address           VARCHAR(254),
    language          VARCHAR(8),
    verified_at       TIMESTAMP,
    pending_address   VARCHAR(254),
    pending_language  VARCHAR(8),
    token_hash        VARCHAR(64),
    token_expires_at  TIMESTAMP,
    version           BIGINT        NOT NULL
);
CREATE INDEX contact_address_token ON contact_address (token_hash);
