-- Option services (オプションサービス) of a line: which ones it subscribes to, and the settings of each.
-- Each settings row is versioned for optimistic locking: a user and an administrator may edit at once.
ALTER TABLE line ADD COLUMN opt_forwarding BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE line ADD COLUMN opt_click_dial BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE line ADD COLUMN opt_anonymous_rejection BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE forwarding_settings (
    line_id                 BIGINT       PRIMARY KEY REFERENCES line (id),
    forward_always          BOOLEAN      NOT NULL,
    forward_busy            BOOLEAN      NOT NULL,
    forward_no_answer       BOOLEAN      NOT NULL,
    forward_unreachable     BOOLEAN      NOT NULL,
    destination             VARCHAR(11),
    ring_seconds            INTEGER      NOT NULL,
    voicemail               BOOLEAN      NOT NULL,
    voicemail_after_rings   INTEGER      NOT NULL,
    greeting                VARCHAR(16)  NOT NULL,
    greeting_text           VARCHAR(200),
    notify_address          VARCHAR(254),
    version                 BIGINT       NOT NULL
);

CREATE TABLE anonymous_rejection_settings (
    line_id   BIGINT   PRIMARY KEY REFERENCES line (id),
    enabled   BOOLEAN  NOT NULL,
    version   BIGINT   NOT NULL
);

CREATE TABLE click_dial_settings (
    line_id            BIGINT       PRIMARY KEY REFERENCES line (id),
    ring_first         VARCHAR(16)  NOT NULL,
    registered_number  VARCHAR(11),
    version            BIGINT       NOT NULL
);

CREATE TABLE address_book_entry (
    id         BIGINT        PRIMARY KEY,
    line_id    BIGINT        NOT NULL REFERENCES line (id),
    name       VARCHAR(100)  NOT NULL,
    number     VARCHAR(11)   NOT NULL
);
CREATE INDEX address_book_entry_line ON address_book_entry (line_id, name);

CREATE TABLE click_dial_call (
    id            BIGINT        PRIMARY KEY,
    line_id       BIGINT        NOT NULL REFERENCES line (id),
    callee        VARCHAR(11)   NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    requested_by  VARCHAR(120)  NOT NULL,
    outcome       VARCHAR(20)   NOT NULL
);
CREATE INDEX click_dial_call_line ON click_dial_call (line_id, requested_at);
